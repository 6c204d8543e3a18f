import type { EngineMessages } from './messages/types';
import type { AreaKey } from './topology';

/** What a plane serves, in words: an area key (topology/plans.ts) in the messages' language. */
export function describeArea(
  key: AreaKey,
  messages: EngineMessages,
  names: { readonly jurisdiction: (id: string) => string; readonly site: (id: string) => string },
): string {
  const { areas } = messages;
  switch (key.kind) {
    case 'jurisdiction':
      return names.jurisdiction(key.jurisdictionId);
    case 'air-gap':
      return names.site(key.siteId);
    case 'zone': {
      const area = areas.zones[key.zone];
      return key.part === undefined ? area : areas.part({ area, part: key.part, zone: key.zone });
    }
    case 'macro': {
      const area = areas.macros[key.macro];
      return key.part === undefined ? area : areas.part({ area, part: key.part, zone: null });
    }
    case 'rest':
      return areas.rest;
    case 'estate':
      return areas.estate;
  }
}
