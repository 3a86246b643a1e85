/**
 * The 193 UN member states as ocindex.net presents them: ISO 3166 alpha-3 code, display name,
 * every spelling the GI-TOC workbooks (and common usage) give, continent and region.
 *
 * Regions follow the website, not the 2023 sheet: 22 regions, Caribbean and Central America
 * apart, Kiribati in Micronesia (both sheets say Melanesia).
 */
import { currentLang } from '../present/locale.js';
import { translatedCountry, translatedGroup } from './placeNames.js';

export const CONTINENTS = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania'] as const;
export type Continent = (typeof CONTINENTS)[number];

export interface Country {
  readonly iso3: string;
  /** The name in lists, tables and file names, as the Index's workbooks spell it. */
  readonly name: string;
  /**
   * The name in running text where it differs from `name`: with its article and in full
   * ("the Democratic Republic of the Congo", "the Netherlands"). See `countryInSentence`.
   */
  readonly inSentence?: string;
  /** Other spellings that identify the country in input files. */
  readonly variants: readonly string[];
  readonly continent: Continent;
  readonly region: string;
}

export const COUNTRIES: readonly Country[] = [
  { iso3: 'AFG', name: 'Afghanistan', variants: [], continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'AGO', name: 'Angola', variants: [], continent: 'Africa', region: 'Central Africa' },
  { iso3: 'ALB', name: 'Albania', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'AND', name: 'Andorra', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'ARE', name: 'United Arab Emirates', variants: [], inSentence: 'the United Arab Emirates', continent: 'Asia', region: 'Western Asia' },
  { iso3: 'ARG', name: 'Argentina', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'ARM', name: 'Armenia', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'ATG', name: 'Antigua and Barbuda', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'AUS', name: 'Australia', variants: [], continent: 'Oceania', region: 'Australia and New Zealand' },
  { iso3: 'AUT', name: 'Austria', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'AZE', name: 'Azerbaijan', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'BDI', name: 'Burundi', variants: [], continent: 'Africa', region: 'Central Africa' },
  { iso3: 'BEL', name: 'Belgium', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'BEN', name: 'Benin', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'BFA', name: 'Burkina Faso', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'BGD', name: 'Bangladesh', variants: [], continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'BGR', name: 'Bulgaria', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'BHR', name: 'Bahrain', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'BHS', name: 'Bahamas', variants: ['The Bahamas'], inSentence: 'the Bahamas', continent: 'Americas', region: 'Caribbean' },
  { iso3: 'BIH', name: 'Bosnia and Herzegovina', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'BLR', name: 'Belarus', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'BLZ', name: 'Belize', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'BOL', name: 'Bolivia', variants: ['Bolivia (Plurinational State of)'], continent: 'Americas', region: 'South America' },
  { iso3: 'BRA', name: 'Brazil', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'BRB', name: 'Barbados', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'BRN', name: 'Brunei', variants: ['Brunei Darussalam'], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'BTN', name: 'Bhutan', variants: [], continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'BWA', name: 'Botswana', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'CAF', name: 'Central African Republic', variants: [], inSentence: 'the Central African Republic', continent: 'Africa', region: 'Central Africa' },
  { iso3: 'CAN', name: 'Canada', variants: [], continent: 'Americas', region: 'North America' },
  { iso3: 'CHE', name: 'Switzerland', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'CHL', name: 'Chile', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'CHN', name: 'China', variants: [], continent: 'Asia', region: 'Eastern Asia' },
  { iso3: 'CIV', name: "Côte d'Ivoire", variants: ["Cote d'Ivoire", 'Ivory Coast'], continent: 'Africa', region: 'West Africa' },
  { iso3: 'CMR', name: 'Cameroon', variants: [], continent: 'Africa', region: 'Central Africa' },
  {
    iso3: 'COD',
    name: 'Congo, Dem. Rep.',
    variants: ['Congo, Dem, Rep,', 'DR Congo', 'Democratic Republic of the Congo'],
    inSentence: 'the Democratic Republic of the Congo',
    continent: 'Africa',
    region: 'Central Africa',
  },
  { iso3: 'COG', name: 'Congo, Rep.', variants: ['Congo, Rep,', 'Republic of the Congo'], inSentence: 'the Republic of the Congo', continent: 'Africa', region: 'Central Africa' },
  { iso3: 'COL', name: 'Colombia', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'COM', name: 'Comoros', variants: [], inSentence: 'the Comoros', continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'CPV', name: 'Cabo Verde', variants: ['Cape Verde'], continent: 'Africa', region: 'West Africa' },
  { iso3: 'CRI', name: 'Costa Rica', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'CUB', name: 'Cuba', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'CYP', name: 'Cyprus', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'CZE', name: 'Czech Republic', variants: ['Czechia'], inSentence: 'the Czech Republic', continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'DEU', name: 'Germany', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'DJI', name: 'Djibouti', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'DMA', name: 'Dominica', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'DNK', name: 'Denmark', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'DOM', name: 'Dominican Republic', variants: [], inSentence: 'the Dominican Republic', continent: 'Americas', region: 'Caribbean' },
  { iso3: 'DZA', name: 'Algeria', variants: [], continent: 'Africa', region: 'North Africa' },
  { iso3: 'ECU', name: 'Ecuador', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'EGY', name: 'Egypt', variants: [], continent: 'Africa', region: 'North Africa' },
  { iso3: 'ERI', name: 'Eritrea', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'ESP', name: 'Spain', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'EST', name: 'Estonia', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'ETH', name: 'Ethiopia', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'FIN', name: 'Finland', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'FJI', name: 'Fiji', variants: [], continent: 'Oceania', region: 'Melanesia' },
  { iso3: 'FRA', name: 'France', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'FSM', name: 'Micronesia (Federated States of)', variants: ['Federated States of Micronesia'], inSentence: 'the Federated States of Micronesia', continent: 'Oceania', region: 'Micronesia' },
  { iso3: 'GAB', name: 'Gabon', variants: [], continent: 'Africa', region: 'Central Africa' },
  { iso3: 'GBR', name: 'United Kingdom', variants: ['UK'], inSentence: 'the United Kingdom', continent: 'Europe', region: 'Western Europe' },
  { iso3: 'GEO', name: 'Georgia', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'GHA', name: 'Ghana', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'GIN', name: 'Guinea', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'GMB', name: 'Gambia', variants: ['The Gambia'], inSentence: 'the Gambia', continent: 'Africa', region: 'West Africa' },
  { iso3: 'GNB', name: 'Guinea-Bissau', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'GNQ', name: 'Equatorial Guinea', variants: [], continent: 'Africa', region: 'Central Africa' },
  { iso3: 'GRC', name: 'Greece', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'GRD', name: 'Grenada', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'GTM', name: 'Guatemala', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'GUY', name: 'Guyana', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'HND', name: 'Honduras', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'HRV', name: 'Croatia', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'HTI', name: 'Haiti', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'HUN', name: 'Hungary', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'IDN', name: 'Indonesia', variants: [], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'IND', name: 'India', variants: [], continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'IRL', name: 'Ireland', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'IRN', name: 'Iran', variants: ['Iran (Islamic Republic of)'], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'IRQ', name: 'Iraq', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'ISL', name: 'Iceland', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'ISR', name: 'Israel', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'ITA', name: 'Italy', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'JAM', name: 'Jamaica', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'JOR', name: 'Jordan', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'JPN', name: 'Japan', variants: [], continent: 'Asia', region: 'Eastern Asia' },
  { iso3: 'KAZ', name: 'Kazakhstan', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'KEN', name: 'Kenya', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'KGZ', name: 'Kyrgyzstan', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'KHM', name: 'Cambodia', variants: [], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'KIR', name: 'Kiribati', variants: [], continent: 'Oceania', region: 'Micronesia' },
  { iso3: 'KNA', name: 'St. Kitts and Nevis', variants: ['Saint Kitts and Nevis', 'St, Kitts and Nevis'], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'KOR', name: 'Korea, Rep.', variants: ['Korea, Rep,', 'Republic of Korea', 'South Korea'], inSentence: 'the Republic of Korea', continent: 'Asia', region: 'Eastern Asia' },
  { iso3: 'KWT', name: 'Kuwait', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'LAO', name: 'Laos', variants: ['Lao PDR'], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'LBN', name: 'Lebanon', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'LBR', name: 'Liberia', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'LBY', name: 'Libya', variants: [], continent: 'Africa', region: 'North Africa' },
  { iso3: 'LCA', name: 'St. Lucia', variants: ['Saint Lucia', 'St, Lucia'], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'LIE', name: 'Liechtenstein', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'LKA', name: 'Sri Lanka', variants: [], continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'LSO', name: 'Lesotho', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'LTU', name: 'Lithuania', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'LUX', name: 'Luxembourg', variants: [], continent: 'Europe', region: 'Western Europe' },
  { iso3: 'LVA', name: 'Latvia', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'MAR', name: 'Morocco', variants: [], continent: 'Africa', region: 'North Africa' },
  { iso3: 'MCO', name: 'Monaco', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'MDA', name: 'Moldova', variants: ['Republic of Moldova'], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'MDG', name: 'Madagascar', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'MDV', name: 'Maldives', variants: [], inSentence: 'the Maldives', continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'MEX', name: 'Mexico', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'MHL', name: 'Marshall Islands', variants: [], inSentence: 'the Marshall Islands', continent: 'Oceania', region: 'Micronesia' },
  { iso3: 'MKD', name: 'North Macedonia', variants: ['Macedonia'], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'MLI', name: 'Mali', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'MLT', name: 'Malta', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'MMR', name: 'Myanmar', variants: [], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'MNE', name: 'Montenegro', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'MNG', name: 'Mongolia', variants: [], continent: 'Asia', region: 'Eastern Asia' },
  { iso3: 'MOZ', name: 'Mozambique', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'MRT', name: 'Mauritania', variants: [], continent: 'Africa', region: 'North Africa' },
  { iso3: 'MUS', name: 'Mauritius', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'MWI', name: 'Malawi', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'MYS', name: 'Malaysia', variants: [], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'NAM', name: 'Namibia', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'NER', name: 'Niger', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'NGA', name: 'Nigeria', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'NIC', name: 'Nicaragua', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'NLD', name: 'Netherlands', variants: [], inSentence: 'the Netherlands', continent: 'Europe', region: 'Western Europe' },
  { iso3: 'NOR', name: 'Norway', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'NPL', name: 'Nepal', variants: [], continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'NRU', name: 'Nauru', variants: [], continent: 'Oceania', region: 'Micronesia' },
  { iso3: 'NZL', name: 'New Zealand', variants: [], continent: 'Oceania', region: 'Australia and New Zealand' },
  { iso3: 'OMN', name: 'Oman', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'PAK', name: 'Pakistan', variants: [], continent: 'Asia', region: 'Southern Asia' },
  { iso3: 'PAN', name: 'Panama', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'PER', name: 'Peru', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'PHL', name: 'Philippines', variants: [], inSentence: 'the Philippines', continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'PLW', name: 'Palau', variants: [], continent: 'Oceania', region: 'Micronesia' },
  { iso3: 'PNG', name: 'Papua New Guinea', variants: [], continent: 'Oceania', region: 'Melanesia' },
  { iso3: 'POL', name: 'Poland', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  {
    iso3: 'PRK',
    name: 'Korea, DPR',
    variants: ["Democratic People's Republic of Korea", 'North Korea'],
    inSentence: "the Democratic People's Republic of Korea",
    continent: 'Asia',
    region: 'Eastern Asia',
  },
  { iso3: 'PRT', name: 'Portugal', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'PRY', name: 'Paraguay', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'QAT', name: 'Qatar', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'ROU', name: 'Romania', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'RUS', name: 'Russia', variants: ['Russian Federation'], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'RWA', name: 'Rwanda', variants: [], continent: 'Africa', region: 'Central Africa' },
  { iso3: 'SAU', name: 'Saudi Arabia', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'SDN', name: 'Sudan', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'SEN', name: 'Senegal', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'SGP', name: 'Singapore', variants: [], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'SLB', name: 'Solomon Islands', variants: [], inSentence: 'the Solomon Islands', continent: 'Oceania', region: 'Melanesia' },
  { iso3: 'SLE', name: 'Sierra Leone', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'SLV', name: 'El Salvador', variants: [], continent: 'Americas', region: 'Central America' },
  { iso3: 'SMR', name: 'San Marino', variants: [], continent: 'Europe', region: 'Southern Europe' },
  { iso3: 'SOM', name: 'Somalia', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'SRB', name: 'Serbia', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'SSD', name: 'South Sudan', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'STP', name: 'São Tomé and Príncipe', variants: ['Sao Tome and Principe'], continent: 'Africa', region: 'Central Africa' },
  { iso3: 'SUR', name: 'Suriname', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'SVK', name: 'Slovakia', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'SVN', name: 'Slovenia', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'SWE', name: 'Sweden', variants: [], continent: 'Europe', region: 'Northern Europe' },
  { iso3: 'SWZ', name: 'Eswatini', variants: ['Swaziland', 'eSwatini'], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'SYC', name: 'Seychelles', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'SYR', name: 'Syria', variants: ['Syrian Arab Republic'], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'TCD', name: 'Chad', variants: [], continent: 'Africa', region: 'Central Africa' },
  { iso3: 'TGO', name: 'Togo', variants: [], continent: 'Africa', region: 'West Africa' },
  { iso3: 'THA', name: 'Thailand', variants: [], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'TJK', name: 'Tajikistan', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'TKM', name: 'Turkmenistan', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'TLS', name: 'Timor-Leste', variants: ['East Timor'], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'TON', name: 'Tonga', variants: [], continent: 'Oceania', region: 'Polynesia' },
  { iso3: 'TTO', name: 'Trinidad and Tobago', variants: [], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'TUN', name: 'Tunisia', variants: [], continent: 'Africa', region: 'North Africa' },
  { iso3: 'TUR', name: 'Türkiye', variants: ['Turkey', 'Turkiye'], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'TUV', name: 'Tuvalu', variants: [], continent: 'Oceania', region: 'Polynesia' },
  { iso3: 'TZA', name: 'Tanzania', variants: ['United Republic of Tanzania'], continent: 'Africa', region: 'East Africa' },
  { iso3: 'UGA', name: 'Uganda', variants: [], continent: 'Africa', region: 'East Africa' },
  { iso3: 'UKR', name: 'Ukraine', variants: [], continent: 'Europe', region: 'Central & Eastern Europe' },
  { iso3: 'URY', name: 'Uruguay', variants: [], continent: 'Americas', region: 'South America' },
  { iso3: 'USA', name: 'United States', variants: ['United States of America'], inSentence: 'the United States', continent: 'Americas', region: 'North America' },
  { iso3: 'UZB', name: 'Uzbekistan', variants: [], continent: 'Asia', region: 'Central Asia and the Caucasus' },
  { iso3: 'VCT', name: 'St. Vincent and the Grenadines', variants: ['Saint Vincent and the Grenadines', 'St, Vincent and the Grenadines'], continent: 'Americas', region: 'Caribbean' },
  { iso3: 'VEN', name: 'Venezuela', variants: ['Venezuela (Bolivarian Republic of)'], continent: 'Americas', region: 'South America' },
  { iso3: 'VNM', name: 'Vietnam', variants: ['Viet Nam'], continent: 'Asia', region: 'South-Eastern Asia' },
  { iso3: 'VUT', name: 'Vanuatu', variants: [], continent: 'Oceania', region: 'Melanesia' },
  { iso3: 'WSM', name: 'Samoa', variants: [], continent: 'Oceania', region: 'Polynesia' },
  { iso3: 'YEM', name: 'Yemen', variants: [], continent: 'Asia', region: 'Western Asia' },
  { iso3: 'ZAF', name: 'South Africa', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'ZMB', name: 'Zambia', variants: [], continent: 'Africa', region: 'Southern Africa' },
  { iso3: 'ZWE', name: 'Zimbabwe', variants: [], continent: 'Africa', region: 'Southern Africa' },
];

/**
 * The key names are compared by: case, accents, punctuation and spacing do not count, so
 * "Congo, Dem, Rep," (2023 sheet), "Congo, Dem. Rep." (2021) and "congo dem rep" all match.
 */
export function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const byKey = new Map<string, Country>();
const byIso3 = new Map<string, Country>();
for (const country of COUNTRIES) {
  byIso3.set(country.iso3, country);
  for (const name of [country.name, ...country.variants]) {
    const key = nameKey(name);
    const clash = byKey.get(key);
    if (clash && clash !== country) throw new Error(`country name "${name}" is ambiguous: ${clash.iso3} and ${country.iso3}`);
    byKey.set(key, country);
  }
}

/** A country by ISO3 code (any case) or by any of its names; undefined when unknown. */
export function findCountry(nameOrIso3: string): Country | undefined {
  const trimmed = nameOrIso3.trim();
  if (/^[A-Za-z]{3}$/.test(trimmed)) {
    const hit = byIso3.get(trimmed.toUpperCase());
    if (hit) return hit;
  }
  return byKey.get(nameKey(trimmed));
}

export function countryByIso3(iso3: string): Country {
  const country = byIso3.get(iso3);
  if (!country) throw new Error(`unknown ISO3 code ${iso3}`);
  return country;
}

/*
 * Names as the output's language writes them (src/present/locale.ts): English from this table,
 * Spanish and French from templates/<lang>/names.json (placeNames.ts). File names, matching and
 * sorting keep the English `name`.
 */

/** The name in lists and tables: "Congo, Dem. Rep.", "Perú", "Pérou". */
export function countryName(country: Country): string {
  const lang = currentLang();
  return lang === 'en' ? country.name : translatedCountry(lang, country.iso3).name;
}

/** The name in running text: "the Democratic Republic of the Congo", "Peru", "el Perú", "le Pérou". */
export function countryInSentence(country: Country): string {
  const lang = currentLang();
  return lang === 'en' ? (country.inSentence ?? country.name) : translatedCountry(lang, country.iso3).inSentence;
}

/** The name as a heading: the running-text form without its article ("Democratic Republic of the Congo", "Perú"). */
export function countryTitle(country: Country): string {
  const lang = currentLang();
  return lang === 'en' ? countryInSentence(country).replace(/^the /, '') : translatedCountry(lang, country.iso3).name;
}

/** After "in" and after "of": "in Peru" / "of Peru", "en el Perú" / "del Perú", "au Pérou" / "du Pérou". */
export function countryInOf(country: Country): { in: string; of: string } {
  const lang = currentLang();
  if (lang !== 'en') return translatedCountry(lang, country.iso3);
  const name = countryInSentence(country);
  return { in: `in ${name}`, of: `of ${name}` };
}

/** Continents, regions and the world, whose name takes an article in running text. */
const GROUPS_IN_SENTENCE: Readonly<Record<string, string>> = {
  Americas: 'the Americas',
  Caribbean: 'the Caribbean',
  World: 'the world',
};

/** A continent's or region's name as a label: "Americas", "América del Sur", "Amérique du Sud". */
export function groupName(group: string): string {
  const lang = currentLang();
  return lang === 'en' ? group : translatedGroup(lang, group).name;
}

/** A continent's or region's name in running text: "the Americas", "South America", "las Américas"; "World": "the world". */
export function groupInSentence(group: string): string {
  const lang = currentLang();
  return lang === 'en' ? (GROUPS_IN_SENTENCE[group] ?? group) : translatedGroup(lang, group).inSentence;
}

/** After "in" and after "of", as countryInOf. */
export function groupInOf(group: string): { in: string; of: string } {
  const lang = currentLang();
  if (lang !== 'en') return translatedGroup(lang, group);
  const name = groupInSentence(group);
  return { in: `in ${name}`, of: `of ${name}` };
}

/** The ASCII file name of a country's outputs: "Côte d'Ivoire" → "cote-d-ivoire". */
export function countrySlug(country: Country): string {
  return nameKey(country.name).replace(/ /g, '-');
}
