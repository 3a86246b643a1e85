/**
 * vega's expression code generator with each generated function compiled once per process.
 *
 * Every View vega builds compiles its signal, parameter and encoding expressions anew with
 * `Function()`: a brief's seven charts make hundreds of fresh functions, each starting cold in
 * V8's interpreter, so a chart never runs the optimised code its predecessor paid for. This
 * generator returns, per view, a bound copy of one function compiled once for that code: same
 * code, same `this` (the view's expression functions), and the compiled code is warm.
 *
 * vega's View takes a generator as its `expr` option (the hook vega-interpreter uses); the
 * code strings are vega's own, from its default generator, so what runs is unchanged.
 */
import * as vega from 'vega';

/** vega-runtime's code generator, as its context holds it (vega does not export it by name). */
interface Codegen {
  operator(ctx: Ctx | null, expr: { code: string }): Fn;
  parameter(ctx: Ctx | null, expr: { code: string }): Fn;
  event(ctx: Ctx | null, expr: { code: string }): Fn;
  handler(ctx: Ctx | null, expr: { code: string }): Fn;
  encode(ctx: Ctx | null, encode: { marktype: string; channels: Record<string, { code: string }> }): Fn;
  codegen: unknown;
}

type Fn = (...args: unknown[]) => unknown;
interface Ctx {
  readonly functions?: object;
}

/** A context made only to read the default generator off it: vega's runtime sets it when none is given. */
const runtimeContext = (vega as unknown as { runtimeContext: (df: object, transforms: object) => { expr: Codegen } }).runtimeContext;
const DEFAULT = runtimeContext({ events: () => undefined }, {}).expr;

const compiled = new Map<string, Fn>();

/**
 * The default generator's function for `key`, compiled (unbound) the first time, bound to this
 * view's functions as the default generator binds it. A bound copy per view, so properties vega
 * sets on a function stay with its view.
 */
function shared(ctx: Ctx | null, key: string, compile: () => Fn): Fn {
  let fn = compiled.get(key);
  if (!fn) {
    fn = compile();
    compiled.set(key, fn);
  }
  return ctx?.functions ? fn.bind(ctx.functions) : fn.bind(undefined);
}

type Encode = Parameters<Codegen['encode']>[1];
const encodeKeys = new WeakMap<Encode, string>();

/** An encoding's key: its mark type and channels' code, once per encoding object (a parsed runtime hands every view the same ones). */
function encodeKey(encode: Encode): string {
  let key = encodeKeys.get(encode);
  if (key === undefined) {
    key = `encode\u0000${encode.marktype}\u0000${JSON.stringify(Object.entries(encode.channels).map(([name, channel]) => [name, channel.code]))}`;
    encodeKeys.set(encode, key);
  }
  return key;
}

export const SHARED_EXPRESSIONS: Codegen = {
  operator: (ctx, expr) => shared(ctx, `operator\u0000${expr.code}`, () => DEFAULT.operator(null, expr)),
  parameter: (ctx, expr) => shared(ctx, `parameter\u0000${expr.code}`, () => DEFAULT.parameter(null, expr)),
  event: (ctx, expr) => shared(ctx, `event\u0000${expr.code}`, () => DEFAULT.event(null, expr)),
  handler: (ctx, expr) => shared(ctx, `handler\u0000${expr.code}`, () => DEFAULT.handler(null, expr)),
  encode: (ctx, encode) => shared(ctx, encodeKey(encode), () => DEFAULT.encode(null, encode)),
  // field accessors and comparators: made when a view is parsed, not per item; left as vega makes them
  codegen: DEFAULT.codegen,
};
