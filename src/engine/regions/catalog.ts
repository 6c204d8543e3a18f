/**
 * The public regions of the three big clouds and of the clouds platform teams use in and around mainland China, for
 * the region picker and the distance model.
 *
 * Sources (region codes and display names as each provider spells them):
 * - AWS: "AWS Regions", docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html.
 *   Commercial partition; the China partition is `aws-cn` below. GovCloud and the European Sovereign Cloud
 *   (eusc-*) are separate partitions and left out.
 * - Azure: "Azure regions list", learn.microsoft.com/azure/reliability/regions-list (page dated 2025-09-23);
 *   codes are the `name` of `az account list-locations`. Access-restricted regions (e.g. germanynorth) are
 *   listed because they are public regions with a known location; regions announced but not yet open are not.
 * - Google Cloud: "Regions and zones", cloud.google.com/compute/docs/regions-zones; names are Google's
 *   location descriptions.
 * - AWS China (the aws-cn partition, operated by Sinnet in Beijing and NWCD in Ningxia): "Amazon Web Services in
 *   China", docs.amazonaws.cn/en_us/aws/latest/userguide/endpoints-Beijing.html and endpoints-Ningxia.html.
 * - Azure operated by 21Vianet: "Azure regions list", docs.azure.cn/en-us/reliability/regions-list; it gives
 *   "China" as every region's location, so metros are those of `az account list-locations` in AzureChinaCloud.
 * - Alibaba Cloud: "Regions and zones", alibabacloud.com/help/en/ecs/product-overview/regions-and-zones; names
 *   are Alibaba's English region names.
 *
 * Coordinates are metro-level (city centre, 2 decimals): providers do not publish data-centre sites.
 * Where a provider names only a state or country (Azure East US: "Virginia"; Azure Israel Central:
 * "Israel"), the metro is that name and the point is Microsoft's published `az account list-locations`
 * coordinate, or the country's main metro when that coordinate is unusable.
 */

export type Provider = 'aws' | 'azure' | 'gcp' | 'aws-cn' | 'azure-cn' | 'alibaba';
export type Continent = 'africa' | 'asia' | 'europe' | 'north-america' | 'oceania' | 'south-america';

export interface CatalogRegion {
  /** `provider:code`, e.g. 'aws:us-east-1', 'azure:westeurope', 'gcp:asia-east1'. */
  readonly id: string;
  readonly provider: Provider;
  /** The provider's own region code, e.g. 'us-east-1'. */
  readonly code: string;
  /** The provider's display name, e.g. 'US East (N. Virginia)', 'West Europe', 'Changhua County, Taiwan'. */
  readonly name: string;
  /** City or metro area, e.g. 'Ashburn'. */
  readonly metro: string;
  /** English country (or territory) name. */
  readonly country: string;
  /** The Middle East counts as Asia; Mexico as North America. */
  readonly continent: Continent;
  /** Latitude in degrees, -90..90 (metro-level). */
  readonly lat: number;
  /** Longitude in degrees, -180..180 (metro-level). */
  readonly lon: number;
  /**
   * In mainland China (country 'China'): behind its cross-border gateways and under its data rules. Hong Kong,
   * Macau and Taiwan are not.
   */
  readonly mainlandChina: boolean;
}

export const PROVIDER_NAMES: Readonly<Record<Provider, string>> = {
  aws: 'Amazon Web Services',
  azure: 'Microsoft Azure',
  gcp: 'Google Cloud',
  'aws-cn': 'Amazon Web Services China',
  'azure-cn': 'Azure operated by 21Vianet',
  alibaba: 'Alibaba Cloud',
};

export const CONTINENT_NAMES: Readonly<Record<Continent, string>> = {
  africa: 'Africa',
  asia: 'Asia',
  europe: 'Europe',
  'north-america': 'North America',
  oceania: 'Oceania',
  'south-america': 'South America',
};

type Row = readonly [
  code: string,
  name: string,
  metro: string,
  country: string,
  continent: Continent,
  lat: number,
  lon: number,
];

const US = 'United States';
const NA = 'north-america';

const AWS_ROWS: readonly Row[] = [
  ['us-east-1', 'US East (N. Virginia)', 'Ashburn', US, NA, 39.04, -77.49],
  ['us-east-2', 'US East (Ohio)', 'Columbus', US, NA, 39.96, -83.0],
  ['us-west-1', 'US West (N. California)', 'San Jose', US, NA, 37.34, -121.89],
  ['us-west-2', 'US West (Oregon)', 'Boardman', US, NA, 45.84, -119.7],
  ['ca-central-1', 'Canada (Central)', 'Montreal', 'Canada', NA, 45.5, -73.57],
  ['ca-west-1', 'Canada West (Calgary)', 'Calgary', 'Canada', NA, 51.05, -114.07],
  ['mx-central-1', 'Mexico (Central)', 'Querétaro', 'Mexico', NA, 20.59, -100.39],
  ['sa-east-1', 'South America (São Paulo)', 'São Paulo', 'Brazil', 'south-america', -23.55, -46.63],
  ['eu-west-1', 'Europe (Ireland)', 'Dublin', 'Ireland', 'europe', 53.35, -6.26],
  ['eu-west-2', 'Europe (London)', 'London', 'United Kingdom', 'europe', 51.51, -0.13],
  ['eu-west-3', 'Europe (Paris)', 'Paris', 'France', 'europe', 48.86, 2.35],
  ['eu-central-1', 'Europe (Frankfurt)', 'Frankfurt', 'Germany', 'europe', 50.11, 8.68],
  ['eu-central-2', 'Europe (Zurich)', 'Zurich', 'Switzerland', 'europe', 47.38, 8.54],
  ['eu-north-1', 'Europe (Stockholm)', 'Stockholm', 'Sweden', 'europe', 59.33, 18.07],
  ['eu-south-1', 'Europe (Milan)', 'Milan', 'Italy', 'europe', 45.46, 9.19],
  ['eu-south-2', 'Europe (Spain)', 'Zaragoza', 'Spain', 'europe', 41.65, -0.89],
  ['il-central-1', 'Israel (Tel Aviv)', 'Tel Aviv', 'Israel', 'asia', 32.09, 34.78],
  ['me-south-1', 'Middle East (Bahrain)', 'Manama', 'Bahrain', 'asia', 26.23, 50.59],
  ['me-central-1', 'Middle East (UAE)', 'Dubai', 'United Arab Emirates', 'asia', 25.2, 55.27],
  ['af-south-1', 'Africa (Cape Town)', 'Cape Town', 'South Africa', 'africa', -33.92, 18.42],
  ['ap-south-1', 'Asia Pacific (Mumbai)', 'Mumbai', 'India', 'asia', 19.08, 72.88],
  ['ap-south-2', 'Asia Pacific (Hyderabad)', 'Hyderabad', 'India', 'asia', 17.39, 78.49],
  ['ap-southeast-1', 'Asia Pacific (Singapore)', 'Singapore', 'Singapore', 'asia', 1.35, 103.82],
  ['ap-southeast-3', 'Asia Pacific (Jakarta)', 'Jakarta', 'Indonesia', 'asia', -6.21, 106.85],
  ['ap-southeast-5', 'Asia Pacific (Malaysia)', 'Kuala Lumpur', 'Malaysia', 'asia', 3.14, 101.69],
  ['ap-southeast-7', 'Asia Pacific (Thailand)', 'Bangkok', 'Thailand', 'asia', 13.76, 100.5],
  ['ap-east-1', 'Asia Pacific (Hong Kong)', 'Hong Kong', 'Hong Kong', 'asia', 22.32, 114.17],
  ['ap-east-2', 'Asia Pacific (Taipei)', 'Taipei', 'Taiwan', 'asia', 25.03, 121.57],
  ['ap-northeast-1', 'Asia Pacific (Tokyo)', 'Tokyo', 'Japan', 'asia', 35.68, 139.69],
  ['ap-northeast-2', 'Asia Pacific (Seoul)', 'Seoul', 'South Korea', 'asia', 37.57, 126.98],
  ['ap-northeast-3', 'Asia Pacific (Osaka)', 'Osaka', 'Japan', 'asia', 34.69, 135.5],
  ['ap-southeast-2', 'Asia Pacific (Sydney)', 'Sydney', 'Australia', 'oceania', -33.87, 151.21],
  ['ap-southeast-4', 'Asia Pacific (Melbourne)', 'Melbourne', 'Australia', 'oceania', -37.81, 144.96],
  ['ap-southeast-6', 'Asia Pacific (New Zealand)', 'Auckland', 'New Zealand', 'oceania', -36.85, 174.76],
];

const AZURE_ROWS: readonly Row[] = [
  ['eastus', 'East US', 'Virginia', US, NA, 37.37, -79.82],
  ['eastus2', 'East US 2', 'Virginia', US, NA, 36.67, -78.39],
  ['centralus', 'Central US', 'Des Moines', US, NA, 41.59, -93.62],
  ['northcentralus', 'North Central US', 'Chicago', US, NA, 41.88, -87.63],
  ['southcentralus', 'South Central US', 'San Antonio', US, NA, 29.42, -98.5],
  ['westcentralus', 'West Central US', 'Cheyenne', US, NA, 41.14, -104.82],
  ['westus', 'West US', 'San Francisco', US, NA, 37.78, -122.42],
  ['westus2', 'West US 2', 'Quincy', US, NA, 47.23, -119.85],
  ['westus3', 'West US 3', 'Phoenix', US, NA, 33.45, -112.07],
  ['canadacentral', 'Canada Central', 'Toronto', 'Canada', NA, 43.65, -79.38],
  ['canadaeast', 'Canada East', 'Quebec City', 'Canada', NA, 46.82, -71.22],
  ['mexicocentral', 'Mexico Central', 'Querétaro', 'Mexico', NA, 20.59, -100.39],
  ['brazilsouth', 'Brazil South', 'São Paulo', 'Brazil', 'south-america', -23.55, -46.63],
  ['brazilsoutheast', 'Brazil Southeast', 'Rio de Janeiro', 'Brazil', 'south-america', -22.91, -43.17],
  ['chilecentral', 'Chile Central', 'Santiago', 'Chile', 'south-america', -33.45, -70.67],
  ['northeurope', 'North Europe', 'Dublin', 'Ireland', 'europe', 53.35, -6.26],
  ['westeurope', 'West Europe', 'Amsterdam', 'Netherlands', 'europe', 52.37, 4.9],
  ['uksouth', 'UK South', 'London', 'United Kingdom', 'europe', 51.51, -0.13],
  ['ukwest', 'UK West', 'Cardiff', 'United Kingdom', 'europe', 51.48, -3.18],
  ['francecentral', 'France Central', 'Paris', 'France', 'europe', 48.86, 2.35],
  ['francesouth', 'France South', 'Marseille', 'France', 'europe', 43.3, 5.37],
  ['germanywestcentral', 'Germany West Central', 'Frankfurt', 'Germany', 'europe', 50.11, 8.68],
  ['germanynorth', 'Germany North', 'Berlin', 'Germany', 'europe', 52.52, 13.4],
  ['switzerlandnorth', 'Switzerland North', 'Zurich', 'Switzerland', 'europe', 47.45, 8.56],
  ['switzerlandwest', 'Switzerland West', 'Geneva', 'Switzerland', 'europe', 46.2, 6.14],
  ['italynorth', 'Italy North', 'Milan', 'Italy', 'europe', 45.47, 9.18],
  ['spaincentral', 'Spain Central', 'Madrid', 'Spain', 'europe', 40.42, -3.7],
  ['austriaeast', 'Austria East', 'Vienna', 'Austria', 'europe', 48.21, 16.37],
  ['belgiumcentral', 'Belgium Central', 'Brussels', 'Belgium', 'europe', 50.85, 4.35],
  ['polandcentral', 'Poland Central', 'Warsaw', 'Poland', 'europe', 52.23, 21.02],
  ['swedencentral', 'Sweden Central', 'Gävle', 'Sweden', 'europe', 60.67, 17.14],
  ['norwayeast', 'Norway East', 'Oslo', 'Norway', 'europe', 59.91, 10.75],
  ['norwaywest', 'Norway West', 'Stavanger', 'Norway', 'europe', 58.97, 5.73],
  ['israelcentral', 'Israel Central', 'Israel', 'Israel', 'asia', 32.09, 34.78],
  ['qatarcentral', 'Qatar Central', 'Doha', 'Qatar', 'asia', 25.55, 51.44],
  ['uaenorth', 'UAE North', 'Dubai', 'United Arab Emirates', 'asia', 25.27, 55.32],
  ['uaecentral', 'UAE Central', 'Abu Dhabi', 'United Arab Emirates', 'asia', 24.47, 54.37],
  ['southafricanorth', 'South Africa North', 'Johannesburg', 'South Africa', 'africa', -25.73, 28.22],
  ['southafricawest', 'South Africa West', 'Cape Town', 'South Africa', 'africa', -34.08, 18.84],
  ['centralindia', 'Central India', 'Pune', 'India', 'asia', 18.58, 73.92],
  ['southindia', 'South India', 'Chennai', 'India', 'asia', 12.98, 80.16],
  ['westindia', 'West India', 'Mumbai', 'India', 'asia', 19.09, 72.87],
  ['southeastasia', 'Southeast Asia', 'Singapore', 'Singapore', 'asia', 1.28, 103.83],
  ['eastasia', 'East Asia', 'Hong Kong', 'Hong Kong', 'asia', 22.27, 114.19],
  ['malaysiawest', 'Malaysia West', 'Kuala Lumpur', 'Malaysia', 'asia', 3.14, 101.69],
  ['indonesiacentral', 'Indonesia Central', 'Jakarta', 'Indonesia', 'asia', -6.21, 106.85],
  ['japaneast', 'Japan East', 'Tokyo', 'Japan', 'asia', 35.68, 139.77],
  ['japanwest', 'Japan West', 'Osaka', 'Japan', 'asia', 34.69, 135.5],
  ['koreacentral', 'Korea Central', 'Seoul', 'South Korea', 'asia', 37.57, 126.98],
  ['koreasouth', 'Korea South', 'Busan', 'South Korea', 'asia', 35.18, 129.08],
  ['australiaeast', 'Australia East', 'Sydney', 'Australia', 'oceania', -33.86, 151.21],
  ['australiasoutheast', 'Australia Southeast', 'Melbourne', 'Australia', 'oceania', -37.81, 144.96],
  ['australiacentral', 'Australia Central', 'Canberra', 'Australia', 'oceania', -35.31, 149.12],
  ['australiacentral2', 'Australia Central 2', 'Canberra', 'Australia', 'oceania', -35.31, 149.12],
  ['newzealandnorth', 'New Zealand North', 'Auckland', 'New Zealand', 'oceania', -36.85, 174.76],
];

const GCP_ROWS: readonly Row[] = [
  ['us-central1', 'Council Bluffs, Iowa', 'Council Bluffs', US, NA, 41.26, -95.86],
  ['us-east1', 'Moncks Corner, South Carolina', 'Moncks Corner', US, NA, 33.2, -80.01],
  ['us-east4', 'Ashburn, Virginia', 'Ashburn', US, NA, 39.04, -77.49],
  ['us-east5', 'Columbus, Ohio', 'Columbus', US, NA, 39.96, -83.0],
  ['us-south1', 'Dallas, Texas', 'Dallas', US, NA, 32.78, -96.8],
  ['us-west1', 'The Dalles, Oregon', 'The Dalles', US, NA, 45.59, -121.18],
  ['us-west2', 'Los Angeles, California', 'Los Angeles', US, NA, 34.05, -118.24],
  ['us-west3', 'Salt Lake City, Utah', 'Salt Lake City', US, NA, 40.76, -111.89],
  ['us-west4', 'Las Vegas, Nevada', 'Las Vegas', US, NA, 36.17, -115.14],
  ['northamerica-northeast1', 'Montréal, Québec', 'Montréal', 'Canada', NA, 45.5, -73.57],
  ['northamerica-northeast2', 'Toronto, Ontario', 'Toronto', 'Canada', NA, 43.65, -79.38],
  ['northamerica-south1', 'Querétaro, Mexico', 'Querétaro', 'Mexico', NA, 20.59, -100.39],
  ['southamerica-east1', 'Osasco, São Paulo, Brazil', 'Osasco', 'Brazil', 'south-america', -23.53, -46.79],
  ['southamerica-west1', 'Santiago, Chile', 'Santiago', 'Chile', 'south-america', -33.45, -70.67],
  ['europe-west1', 'St. Ghislain, Belgium', 'St. Ghislain', 'Belgium', 'europe', 50.45, 3.82],
  ['europe-west2', 'London, England', 'London', 'United Kingdom', 'europe', 51.51, -0.13],
  ['europe-west3', 'Frankfurt, Germany', 'Frankfurt', 'Germany', 'europe', 50.11, 8.68],
  ['europe-west4', 'Eemshaven, Netherlands', 'Eemshaven', 'Netherlands', 'europe', 53.44, 6.83],
  ['europe-west6', 'Zurich, Switzerland', 'Zurich', 'Switzerland', 'europe', 47.38, 8.54],
  ['europe-west8', 'Milan, Italy', 'Milan', 'Italy', 'europe', 45.46, 9.19],
  ['europe-west9', 'Paris, France', 'Paris', 'France', 'europe', 48.86, 2.35],
  ['europe-west10', 'Berlin, Germany', 'Berlin', 'Germany', 'europe', 52.52, 13.4],
  ['europe-west12', 'Turin, Italy', 'Turin', 'Italy', 'europe', 45.07, 7.69],
  ['europe-southwest1', 'Madrid, Spain', 'Madrid', 'Spain', 'europe', 40.42, -3.7],
  ['europe-central2', 'Warsaw, Poland', 'Warsaw', 'Poland', 'europe', 52.23, 21.01],
  ['europe-north1', 'Hamina, Finland', 'Hamina', 'Finland', 'europe', 60.57, 27.2],
  ['europe-north2', 'Stockholm, Sweden', 'Stockholm', 'Sweden', 'europe', 59.33, 18.07],
  ['me-west1', 'Tel Aviv, Israel', 'Tel Aviv', 'Israel', 'asia', 32.09, 34.78],
  ['me-central1', 'Doha, Qatar', 'Doha', 'Qatar', 'asia', 25.29, 51.53],
  ['me-central2', 'Dammam, Saudi Arabia', 'Dammam', 'Saudi Arabia', 'asia', 26.43, 50.1],
  ['africa-south1', 'Johannesburg, South Africa', 'Johannesburg', 'South Africa', 'africa', -26.2, 28.05],
  ['asia-south1', 'Mumbai, India', 'Mumbai', 'India', 'asia', 19.08, 72.88],
  ['asia-south2', 'Delhi, India', 'Delhi', 'India', 'asia', 28.61, 77.21],
  ['asia-southeast1', 'Jurong West, Singapore', 'Jurong West', 'Singapore', 'asia', 1.34, 103.71],
  ['asia-southeast2', 'Jakarta, Indonesia', 'Jakarta', 'Indonesia', 'asia', -6.21, 106.85],
  ['asia-east1', 'Changhua County, Taiwan', 'Changhua', 'Taiwan', 'asia', 24.08, 120.54],
  ['asia-east2', 'Hong Kong', 'Hong Kong', 'Hong Kong', 'asia', 22.32, 114.17],
  ['asia-northeast1', 'Tokyo, Japan', 'Tokyo', 'Japan', 'asia', 35.68, 139.69],
  ['asia-northeast2', 'Osaka, Japan', 'Osaka', 'Japan', 'asia', 34.69, 135.5],
  ['asia-northeast3', 'Seoul, South Korea', 'Seoul', 'South Korea', 'asia', 37.57, 126.98],
  ['australia-southeast1', 'Sydney, Australia', 'Sydney', 'Australia', 'oceania', -33.87, 151.21],
  ['australia-southeast2', 'Melbourne, Australia', 'Melbourne', 'Australia', 'oceania', -37.81, 144.96],
];

/** The country of mainland China regions; Hong Kong is its own territory in this catalog, as Taiwan is. */
const CN = 'China';

const AWS_CHINA_ROWS: readonly Row[] = [
  ['cn-north-1', 'China (Beijing)', 'Beijing', CN, 'asia', 39.9, 116.41],
  // AWS names only the region (province); the point is Zhongwei, where NWCD's data centres are.
  ['cn-northwest-1', 'China (Ningxia)', 'Ningxia', CN, 'asia', 37.5, 105.19],
];

const AZURE_CHINA_ROWS: readonly Row[] = [
  ['chinaeast', 'China East', 'Shanghai', CN, 'asia', 31.23, 121.47],
  ['chinaeast2', 'China East 2', 'Shanghai', CN, 'asia', 31.23, 121.47],
  ['chinaeast3', 'China East 3', 'Shanghai', CN, 'asia', 31.23, 121.47],
  ['chinanorth', 'China North', 'Beijing', CN, 'asia', 39.9, 116.41],
  ['chinanorth2', 'China North 2', 'Beijing', CN, 'asia', 39.9, 116.41],
  // Microsoft names only the province; the point is its capital, Shijiazhuang.
  ['chinanorth3', 'China North 3', 'Hebei', CN, 'asia', 38.04, 114.51],
];

const ALIBABA_ROWS: readonly Row[] = [
  ['cn-hangzhou', 'China (Hangzhou)', 'Hangzhou', CN, 'asia', 30.27, 120.16],
  ['cn-shanghai', 'China (Shanghai)', 'Shanghai', CN, 'asia', 31.23, 121.47],
  ['cn-beijing', 'China (Beijing)', 'Beijing', CN, 'asia', 39.9, 116.41],
  ['cn-shenzhen', 'China (Shenzhen)', 'Shenzhen', CN, 'asia', 22.54, 114.06],
  ['cn-zhangjiakou', 'China (Zhangjiakou)', 'Zhangjiakou', CN, 'asia', 40.77, 114.88],
  ['cn-qingdao', 'China (Qingdao)', 'Qingdao', CN, 'asia', 36.07, 120.38],
  ['cn-huhehaote', 'China (Hohhot)', 'Hohhot', CN, 'asia', 40.84, 111.75],
  ['cn-wulanchabu', 'China (Ulanqab)', 'Ulanqab', CN, 'asia', 41.03, 113.13],
  ['cn-chengdu', 'China (Chengdu)', 'Chengdu', CN, 'asia', 30.57, 104.07],
  ['cn-guangzhou', 'China (Guangzhou)', 'Guangzhou', CN, 'asia', 23.13, 113.26],
  ['cn-heyuan', 'China (Heyuan)', 'Heyuan', CN, 'asia', 23.74, 114.7],
  ['cn-hongkong', 'China (Hong Kong)', 'Hong Kong', 'Hong Kong', 'asia', 22.32, 114.17],
  ['ap-southeast-1', 'Singapore', 'Singapore', 'Singapore', 'asia', 1.35, 103.82],
  ['ap-southeast-3', 'Malaysia (Kuala Lumpur)', 'Kuala Lumpur', 'Malaysia', 'asia', 3.14, 101.69],
  ['ap-southeast-5', 'Indonesia (Jakarta)', 'Jakarta', 'Indonesia', 'asia', -6.21, 106.85],
  ['ap-southeast-6', 'Philippines (Manila)', 'Manila', 'Philippines', 'asia', 14.6, 120.98],
  ['ap-southeast-7', 'Thailand (Bangkok)', 'Bangkok', 'Thailand', 'asia', 13.76, 100.5],
  ['ap-northeast-1', 'Japan (Tokyo)', 'Tokyo', 'Japan', 'asia', 35.68, 139.69],
  ['ap-northeast-2', 'South Korea (Seoul)', 'Seoul', 'South Korea', 'asia', 37.57, 126.98],
  ['us-west-1', 'US (Silicon Valley)', 'Silicon Valley', US, NA, 37.34, -121.89],
  ['us-east-1', 'US (Virginia)', 'Virginia', US, NA, 39.04, -77.49],
  ['eu-central-1', 'Germany (Frankfurt)', 'Frankfurt', 'Germany', 'europe', 50.11, 8.68],
  ['eu-west-1', 'UK (London)', 'London', 'United Kingdom', 'europe', 51.51, -0.13],
  ['me-east-1', 'UAE (Dubai)', 'Dubai', 'United Arab Emirates', 'asia', 25.2, 55.27],
  ['me-central-1', 'SAU (Riyadh - Partner Region)', 'Riyadh', 'Saudi Arabia', 'asia', 24.71, 46.68],
];

function toRegions(provider: Provider, rows: readonly Row[]): CatalogRegion[] {
  return rows.map(([code, name, metro, country, continent, lat, lon]) => ({
    id: `${provider}:${code}`,
    provider,
    code,
    name,
    metro,
    country,
    continent,
    lat,
    lon,
    mainlandChina: country === CN,
  }));
}

export const regionCatalog: readonly CatalogRegion[] = Object.freeze([
  ...toRegions('aws', AWS_ROWS),
  ...toRegions('azure', AZURE_ROWS),
  ...toRegions('gcp', GCP_ROWS),
  ...toRegions('aws-cn', AWS_CHINA_ROWS),
  ...toRegions('azure-cn', AZURE_CHINA_ROWS),
  ...toRegions('alibaba', ALIBABA_ROWS),
]);

const REGIONS_BY_ID: ReadonlyMap<string, CatalogRegion> = new Map(regionCatalog.map((region) => [region.id, region]));

/** The catalog region with this `provider:code` id, or undefined when the catalog has none. */
export function findCatalogRegion(id: string): CatalogRegion | undefined {
  return REGIONS_BY_ID.get(id);
}
