/** The words of the planes view (planes.ts) that the message catalogs also speak, in a module of their own. */

/**
 * Why a plane exists: a jurisdiction whose management stays inside (mainland China's by default), an air gap, a
 * geography (Regional's plane per geography), the one central hub, or the hub for the rest of the estate once
 * constraints have given other regions hubs of their own.
 */
export type PlaneReason = 'jurisdiction' | 'mainland-china' | 'air-gap' | 'geography' | 'central' | 'rest';

/** How a round trip is known: at the plane's own site, measured by the team, estimated from routes, or estimated on an uncertain corridor. */
export type RttBasis = 'own-site' | 'measured' | 'estimated' | 'uncertain';
