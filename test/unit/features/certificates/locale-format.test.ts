import { certificatePdfUrl, certificateUrl } from '../../../../src/features/certificates/locale-format';

describe('certificate URLs', () => {
  it('page and PDF share the id', () => {
    expect(certificateUrl('65f0c0ffee00000000000001')).toBe('/certificates/65f0c0ffee00000000000001');
    expect(certificatePdfUrl('65f0c0ffee00000000000001')).toBe('/certificates/65f0c0ffee00000000000001.pdf');
  });
});
