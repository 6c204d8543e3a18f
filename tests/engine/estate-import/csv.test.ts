import { describe, expect, it } from 'vitest';
import { fixture, imported, problemsOf, regionsOf } from './support';

const csv = (text: string) => ({ name: 'sites.csv', text });

describe('CSV of region,clusters[,nodes][,kind]', () => {
  it('reads catalog ids, a cloud’s own codes, Google zones and sites of your own, adding up rows of one region', () => {
    const estate = imported(fixture('estate.csv'));
    expect(regionsOf(estate)).toEqual({
      'aws:eu-central-1': { clusters: 4, knownNodes: 40, clustersWithoutNodes: 0, kinds: { hosted: 4 } },
      // "westeurope": only Azure has that code.
      'azure:westeurope': { clusters: 2, knownNodes: 0, clustersWithoutNodes: 2, kinds: { imported: 2 } },
      // "europe-west1-b": a zone of europe-west1.
      'gcp:europe-west1': { clusters: 1, knownNodes: 3, clustersWithoutNodes: 0, kinds: { provisioned: 1 } },
      'munich-dc': { clusters: 4, knownNodes: 40, clustersWithoutNodes: 0, kinds: { provisioned: 3, imported: 1 } },
    });
    // The 0-cluster row defines a site to place clusters in; a quoted name keeps its comma.
    expect(estate.regions).toContainEqual({
      id: 'store-lyon',
      name: 'Lyon store, Part-Dieu',
      lat: 45.76,
      lon: 4.86,
      siteKind: 'edge',
    });
    expect(estate.regions).toContainEqual({
      id: 'munich-dc',
      name: 'Munich data centre',
      lat: 48.14,
      lon: 11.58,
      siteKind: 'datacenter',
    });
  });

  it('reads rows without a header in the documented order, semicolons and comments too', () => {
    const estate = imported(
      csv('# no header\naws:us-east-1;3;30;hosted\n\nplant-7;2;;provisioned;Plant 7;-23.55;−46.63\nAWS:US-EAST-1;1\n'),
    );
    expect(regionsOf(estate)).toEqual({
      'aws:us-east-1': { clusters: 4, knownNodes: 30, clustersWithoutNodes: 1, kinds: { hosted: 3 } },
      'plant-7': { clusters: 2, knownNodes: 0, clustersWithoutNodes: 2, kinds: { provisioned: 2 } },
    });
    // Unicode's minus sign, as encyclopaedias print coordinates.
    expect(estate.regions).toContainEqual({ id: 'plant-7', name: 'Plant 7', lat: -23.55, lon: -46.63 });
  });

  it('takes header names in any order and case, with the usual other names', () => {
    const estate = imported(
      csv('Latitude,Longitude,Name,ID,Cluster Count,Kind\n52.37,4.9,Amsterdam DC,ams-dc,"1,200",imported\n'),
    );
    expect(regionsOf(estate)['ams-dc']).toMatchObject({ clusters: 1200, kinds: { imported: 1200 } });
  });
});

describe('a CSV with a mistake', () => {
  it.each([
    [
      'a count that is no number',
      'region,clusters\naws:eu-west-1,twelve',
      /line 2: clusters "twelve" is not a whole number of clusters/,
    ],
    ['a negative count', 'aws:eu-west-1,-3', /line 1: clusters "-3" is not a whole number/],
    ['a fraction of a cluster', 'aws:eu-west-1,2.5', /clusters "2\.5" is not a whole number/],
    [
      'too many clusters',
      'aws:eu-west-1,10001',
      /clusters "10001" is not a whole number of clusters from 0 .* to 10000/,
    ],
    ['a bad node count', 'aws:eu-west-1,3,lots', /line 1: nodes "lots" is not a whole number of nodes/],
    ['fewer nodes than clusters', 'aws:eu-west-1,3,2', /line 1: nodes \(2\) must be at least clusters \(3\)/],
    ['an unknown kind', 'aws:eu-west-1,3,,rke2', /kind "rke2" is not provisioned .*, imported or hosted/],
    ['a latitude out of range', 'dc,1,,,DC,91,10', /lat "91" is not a latitude in degrees from -90 to 90/],
    ['no count', 'region,clusters\naws:eu-west-1,', /line 2 has no clusters/],
    [
      'a catalog id the catalog lacks',
      'aws:eu-west-9,1',
      /the catalog has no region "aws:eu-west-9": check the spelling/,
    ],
    [
      'a code two clouds use',
      'ap-southeast-1,1',
      /"ap-southeast-1" is a region code of more than one cloud \(aws:ap-southeast-1, alibaba:ap-southeast-1\)/,
    ],
    [
      'a site without a place',
      'munich-dc,2',
      /"munich-dc" is not a catalog region, so it is read as a site of your own, which needs name, lat, lon/,
    ],
    ['an unknown column', 'region,clusters,owner\naws:eu-west-1,1,ana', /line 1: "owner" is not a column/],
    ['no clusters column', 'region,nodes\naws:eu-west-1,3', /the header row has no clusters column/],
    [
      'more cells than columns',
      'region,clusters\ndc,1,Munich, DC',
      /line 2 has 4 cells, and there are 2 columns: put a name that holds a comma in quotes/,
    ],
    ['a quote that never closes', 'dc,1,,,"Munich DC,48,11', /line 1 opens a quote that never closes/],
    ['one site in two places', 'dc,1,,,DC,48,11\ndc,1,,,DC,47,11', /line 2 describes "dc" differently from line 1/],
  ])('%s is named with its line and how to fix it', (_, text, message) => {
    const problems = problemsOf(csv(text));
    expect(problems.join('\n')).toMatch(message);
    expect(problems.every((problem) => problem.startsWith('sites.csv'))).toBe(true);
  });

  it('names every bad row at once, not only the first', () => {
    expect(problemsOf(csv('region,clusters\naws:eu-west-1,x\naws:us-east-1,1\nazure:nowhere,2\n'))).toEqual([
      'sites.csv, line 2: clusters "x" is not a whole number of clusters from 0 (a site to place clusters in) to 10000',
      'sites.csv, line 4: the catalog has no region "azure:nowhere": check the spelling, or give a site of your own an id without a cloud’s prefix, and a name, lat and lon',
    ]);
  });
});
