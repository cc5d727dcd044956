import mongoose from 'mongoose';
import type { PublicCertificate } from '../../../../src/features/certificates/certificate.service';
import {
  certificateTitle,
  certificateView,
  hoursLabel,
  pdfFileName,
  siteBaseUrl,
} from '../../../../src/features/certificates/certificate-view';
import { createI18n } from '../../../../src/platform/i18n';

const i18n = createI18n();

function certificate(overrides: Partial<PublicCertificate> = {}): PublicCertificate {
  return {
    _id: new mongoose.Types.ObjectId('65f0c0ffee00000000000001'),
    learnerName: 'Ελένη Παπαδοπούλου',
    packId: 'dash-basics',
    packVersion: '1.2.0',
    titles: { en: 'Street sensors basics', el: 'Βασικά για τους αισθητήρες δρόμου' },
    sourceLanguage: 'en',
    hours: 1.5,
    score: 0.875,
    issuedAt: new Date('2025-11-21T10:00:00Z'),
    ...overrides,
  };
}

describe('siteBaseUrl', () => {
  it('PUBLIC_URL set › used as is, without a trailing slash, whatever the request host', () => {
    expect(siteBaseUrl('https://learn.example.org/', { protocol: 'http', host: 'evil.example.com' })).toBe(
      'https://learn.example.org',
    );
    expect(siteBaseUrl('https://example.org/tessera', { protocol: 'http', host: 'x' })).toBe(
      'https://example.org/tessera',
    );
  });

  it('no PUBLIC_URL › the scheme and host of the request', () => {
    expect(siteBaseUrl(undefined, { protocol: 'https', host: 'tessera.example.eu:8443' })).toBe(
      'https://tessera.example.eu:8443',
    );
  });
});

describe('certificateTitle', () => {
  it('title recorded in the visitor language › that one', () => {
    expect(certificateTitle(certificate(), 'el')).toEqual({
      title: 'Βασικά για τους αισθητήρες δρόμου',
      language: 'el',
    });
  });

  it('no title in the visitor language › the source title, in the source language', () => {
    expect(certificateTitle(certificate(), 'eu')).toEqual({ title: 'Street sensors basics', language: 'en' });
  });

  it('no title at all (damaged record) › the pack id rather than nothing', () => {
    expect(certificateTitle(certificate({ titles: {} }), 'en').title).toBe('dash-basics');
  });
});

describe('certificateView', () => {
  it('Greek visitor › Greek title, date, score and hours, and an absolute verification URL', () => {
    const view = certificateView(certificate(), { language: 'el', baseUrl: 'https://learn.example.org' });
    expect(view).toMatchObject({
      id: '65f0c0ffee00000000000001',
      learnerName: 'Ελένη Παπαδοπούλου',
      title: 'Βασικά για τους αισθητήρες δρόμου',
      titleLanguage: 'el',
      version: '1.2.0',
      date: '21 Νοεμβρίου 2025',
      score: '87%',
      hours: '1,5',
      issuedAtIso: '2025-11-21T10:00:00.000Z',
      verificationUrl: 'https://learn.example.org/certificates/65f0c0ffee00000000000001',
      pdfUrl: '/certificates/65f0c0ffee00000000000001.pdf',
    });
  });

  it('never carries the learner id (or anything else of the learner than the name)', () => {
    const view = certificateView(certificate(), { language: 'en', baseUrl: 'http://x' });
    expect(Object.keys(view)).not.toContain('learnerId');
    expect(JSON.stringify(view)).not.toMatch(/@/);
  });
});

describe('hoursLabel', () => {
  it.each([
    ['en', 1, '1', '1 hour'],
    ['en', 1.5, '1.5', '1.5 hours'],
    ['el', 2, '2', '2 ώρες'],
    ['bg', 1, '1', '1 час'],
    ['eu', 3, '3', '3 ordu'],
  ] as const)('%s, %p › %p', (language, hoursCount, hours, label) => {
    expect(hoursLabel({ hours, hoursCount }, i18n.translator(language))).toBe(label);
  });
});

describe('pdfFileName', () => {
  it('ASCII, named after the module', () => {
    expect(pdfFileName({ packId: 'dash-basics' })).toBe('tessera-certificate-dash-basics.pdf');
  });
});
