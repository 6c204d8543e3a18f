import { describe, expect, it } from 'vitest';
import { detectLocale } from '../../../src/components/i18n/detect-locale';

describe('detectLocale', () => {
  it.each([
    [['zh-CN'], null, 'zh-CN'],
    [['zh-TW', 'en'], null, 'zh-CN'],
    [['zh'], null, 'zh-CN'],
    [['en-GB', 'zh-CN'], null, 'en'],
    [['de-DE', 'zh-Hans-CN'], null, 'zh-CN'],
    [['fr-FR', 'de'], null, 'en'],
    [[], null, 'en'],
    [['zh-CN'], 'en', 'en'],
    [['en-US'], 'zh-CN', 'zh-CN'],
    [['zh-CN'], 'klingon', 'zh-CN'],
  ] as const)('browser %j with stored choice %j reads %s', (languages, stored, expected) => {
    expect(detectLocale(languages, stored)).toBe(expected);
  });
});
