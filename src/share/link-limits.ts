// The longest share link payload a valid answers document can make, worked out from the answers schema's limits
// (answer-limits.ts), so that the decoder's cap never refuses a link the advisor wrote. A field added to a link body
// adds its worst case here; tests/share/link-limits.test.ts encodes the largest valid document to prove the bound.
import {
  MAX_ALLOWED_LOCATIONS,
  MAX_DECISION_TITLE_CHARS,
  MAX_JURISDICTION_ID_CHARS,
  MAX_JURISDICTIONS,
  MAX_MEASURED_LATENCIES,
  MAX_NAME_CHARS,
  MAX_NAMES_PER_ROLE,
  MAX_PERSON_NAME_CHARS,
  MAX_REGION_ID_CHARS,
  MAX_REGIONS,
  regionCatalog,
} from '../engine';
import { escapeText } from './link-text';

/**
 * Most link characters one UTF-16 unit of text takes (link-text.ts): a code point from U+1000 to U+FFFF (CJK among
 * them) is `_4` and four hex digits; a code point above U+FFFF takes two units and at most eight characters.
 */
const MAX_CHARS_PER_TEXT_UNIT = 6;
/** The longest `String(number)` of a double, as a link writes numbers: `-0.0000012345678901234567`. */
const MAX_NUMBER_CHARS = 25;
/** A tagged text field of at most `units` UTF-16 units: its tag and every unit escaped. */
const textField = (units: number) => 1 + units * MAX_CHARS_PER_TEXT_UNIT;
/** A tagged number field. */
const NUMBER_FIELD = 1 + MAX_NUMBER_CHARS;
/** A tagged one-letter choice (site kind, connectivity, status, a yes or no). */
const CHOICE_FIELD = 2;
/**
 * Number fields a region may carry, counted generously: lat, lon, clusters and nodes today, and room for the cluster
 * kinds (provisioned, imported, hosted) and as many again, so a link version with more numbers per region still fits.
 */
const NUMBERS_PER_REGION = 12;
/** Choices a region may carry (site kind, connectivity), with room for as many more. */
const CHOICES_PER_REGION = 4;

/** A tagged position in the regions list (`F99`, `R99`): how version 3 refers to one of the answers' regions. */
const REGION_INDEX_FIELD = 1 + String(MAX_REGIONS - 1).length;

/**
 * A region: its id (a provider tag and its text), name, jurisdiction, numbers and choices, and version 3's tagged
 * position before its cluster kinds.
 */
const REGION_CHARS =
  1 +
  textField(MAX_REGION_ID_CHARS) +
  textField(MAX_NAME_CHARS) +
  textField(MAX_JURISDICTION_ID_CHARS) +
  NUMBERS_PER_REGION * NUMBER_FIELD +
  CHOICES_PER_REGION * CHOICE_FIELD +
  REGION_INDEX_FIELD;
/** A country code as a link writes it: two capitals, each `_` and its lowercase (`DE` is `_d_e`). */
const COUNTRY_CODE_CHARS = escapeText('ZZ').length;
/**
 * One allowed location of a jurisdiction (version 3): a catalog id or a country code as text, or one of the answers'
 * regions by its index (a region id, however long, is never written out). The schema allows nothing else.
 */
const LOCATION_CHARS =
  1 + Math.max(COUNTRY_CODE_CHARS, REGION_INDEX_FIELD - 1, ...regionCatalog.map(({ id }) => escapeText(id).length));
/**
 * A jurisdiction: id, name and a few yes-or-no choices; in version 3 also its tagged position, its strict rule and
 * its allowed locations.
 */
const JURISDICTION_CHARS =
  textField(MAX_JURISDICTION_ID_CHARS) +
  textField(MAX_NAME_CHARS) +
  4 * CHOICE_FIELD +
  REGION_INDEX_FIELD +
  MAX_ALLOWED_LOCATIONS * LOCATION_CHARS;
/**
 * A measured round trip: its milliseconds and two ends. Each end of a valid document is a region, written by its
 * index (`F0` to `F99`), or the pinned hub (`Fh`): the schema refuses any other end.
 */
const LATENCY_CHARS = NUMBER_FIELD + 2 * (1 + String(MAX_REGIONS - 1).length);
/** The decision record's front matter: title, status, date, three lists of names and the author. */
const DECISION_CHARS =
  1 +
  textField(MAX_DECISION_TITLE_CHARS) +
  CHOICE_FIELD +
  textField(10) +
  3 * (1 + MAX_NAMES_PER_ROLE * textField(MAX_PERSON_NAME_CHARS)) +
  textField(MAX_PERSON_NAME_CHARS);
/** Everything else: the frame (`v<version>.<length>.` and the checksum), the estate-wide answers and the hub. */
const FIXED_CHARS = 64 + 16 * NUMBER_FIELD + 1 + textField(MAX_REGION_ID_CHARS);

/** The longest payload any valid answers document encodes to, in characters (about 2.4 × 10^5 today). */
export const MAX_VALID_PAYLOAD_CHARS =
  FIXED_CHARS +
  MAX_REGIONS * REGION_CHARS +
  MAX_JURISDICTIONS * JURISDICTION_CHARS +
  MAX_MEASURED_LATENCIES * LATENCY_CHARS +
  DECISION_CHARS;
