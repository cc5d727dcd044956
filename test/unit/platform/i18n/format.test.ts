import {
  formatDate,
  formatHours,
  formatMinutes,
  formatNumber,
  formatPercent,
  wholePercent,
} from '../../../../src/platform/i18n';

describe('wholePercent', () => {
  it.each([
    [0.7, 70],
    [0.29, 29],
    [2 / 3, 66],
    [0.6999, 69],
    [1, 100],
    [0, 0],
    [1.2, 100],
    [-0.5, 0],
  ])('%p › %p', (share, percent) => {
    expect(wholePercent(share)).toBe(percent);
  });
});

describe('formatting in the interface language', () => {
  const day = new Date('2025-11-21T23:30:00Z');

  it('dates › long form, in UTC, in each language', () => {
    expect(formatDate(day, 'en')).toBe('November 21, 2025');
    expect(formatDate(day, 'el')).toBe('21 Νοεμβρίου 2025');
    expect(formatDate(day, 'bg')).toContain('21 ноември 2025');
    expect(formatDate(day, 'es')).toBe('21 de noviembre de 2025');
  });

  it('percentages › each language writes its own sign and spacing, rounded down', () => {
    expect(formatPercent(0.5, 'en')).toBe('50%');
    expect(formatPercent(0.5, 'eu')).toBe('%\u00a050');
    expect(formatPercent(0.5, 'es')).toBe('50\u00a0%');
    expect(formatPercent(0.699, 'en')).toBe('69%');
  });

  it('hours › the decimal separator of the language', () => {
    expect(formatNumber(1.5, 'en')).toBe('1.5');
    expect(formatNumber(1.5, 'el')).toBe('1,5');
    expect(formatNumber(2, 'it')).toBe('2');
  });
});

describe('durations', () => {
  it('hours and minutes with the plural of the language', () => {
    expect(formatHours(1.5, 'en')).toBe('1.5 hours');
    expect(formatHours(1, 'en')).toBe('1 hour');
    expect(formatMinutes(20, 'el')).toBe('20 λεπτά');
    expect(formatNumber(2.25, 'el', 2)).toBe('2,25');
  });
});
