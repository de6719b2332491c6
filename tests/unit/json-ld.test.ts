import { describe, expect, it } from 'vitest';
import { articleJsonLd, decisionJsonLd, serializeJsonLd, unitJsonLd } from '../../src/lib/json-ld.ts';
import { EVIL, MODEL, SITE } from '../helpers/sample-model.ts';

describe('JSON-LD', () => {
  it('cannot close the script element or open a comment', () => {
    const json = serializeJsonLd(articleJsonLd(SITE, MODEL.article.get('bai')!));
    expect(json).not.toMatch(/<\/script/i);
    expect(json).not.toContain('<!--');
    expect(json).not.toContain('<');
    expect(JSON.parse(json).headline).toBe(`Tin ${EVIL}`);
  });
  it('NewsArticle has headline, datePublished, author, publisher, absolute URL', () => {
    const ld = articleJsonLd(SITE, MODEL.article.get('bai')!);
    expect(ld).toMatchObject({
      '@type': 'NewsArticle',
      datePublished: '2021-12-01',
      author: { '@type': 'Person', name: 'A' },
      publisher: { '@type': 'GovernmentOrganization', name: 'UBND huyện Thử' },
      url: 'https://thu.example/tin-tuc/bai/',
    });
  });
  it('Legislation carries identifier, date, issuer, jurisdiction and type', () => {
    expect(decisionJsonLd(SITE, MODEL.decision.get('1-2020')!)).toMatchObject({
      '@type': 'Legislation',
      legislationIdentifier: '1/QĐ-UBND',
      legislationDate: '2020-12-01',
      legislationType: 'Quyết định',
      legislationPassedBy: { '@type': 'GovernmentOrganization', name: 'UBND huyện Thử' },
      legislationJurisdiction: { '@type': 'AdministrativeArea', name: 'huyện Thử, tỉnh Mẫu' },
    });
    expect(decisionJsonLd(SITE, MODEL.decision.get('2-2021')!).legislationIdentifier).toBe('2');
  });
  it('communes are AdministrativeArea, agencies GovernmentOrganization', () => {
    expect(unitJsonLd(SITE, MODEL.unit.get('dong-thang')!)['@type']).toBe('AdministrativeArea');
    expect(unitJsonLd(SITE, MODEL.unit.get('evil')!)['@type']).toBe('GovernmentOrganization');
  });
});
