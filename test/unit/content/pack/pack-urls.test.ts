import { assetUrl, lessonUrl, moduleUrl } from '../../../../src/content/pack/pack-urls';

describe('pack URLs', () => {
  it('a module and a lesson are addressed by ids only', () => {
    expect(moduleUrl('iot-fundamentals')).toBe('/modules/iot-fundamentals');
    expect(lessonUrl('iot-fundamentals', 'what-is-iot')).toBe('/modules/iot-fundamentals/lessons/what-is-iot');
  });

  it('an asset URL holds the first 16 hex of its SHA-256 and its encoded file name', () => {
    const sha256 = '0123456789abcdef'.repeat(4);
    expect(assetUrl('p', { sha256, name: 'loop diagram (v2).png' })).toBe(
      '/modules/p/assets/0123456789abcdef/loop%20diagram%20(v2).png',
    );
  });
});
