import type { Request } from 'express';
import { NotFoundError } from '../../../../src/platform/errors';
import {
  assetParams,
  formBody,
  lessonParams,
  lessonQuery,
  parseParams,
  quizFormFields,
} from '../../../../src/features/learning/lesson-params';

const withParams = (params: Record<string, string>): Request => ({ params }) as unknown as Request;

describe('lesson URL parameters', () => {
  it('accepts kebab-case pack and lesson ids', () => {
    expect(parseParams(lessonParams, withParams({ packId: 'iot-basics', lessonId: 'what-is-iot' }))).toEqual({
      packId: 'iot-basics',
      lessonId: 'what-is-iot',
    });
  });

  it.each([
    ['upper case', 'Iot-Basics'],
    ['an operator', '$where'],
    ['a dot', 'a.b'],
    ['a double hyphen', 'iot--basics'],
    ['65 characters', 'a'.repeat(65)],
  ])('answers 404 for a pack id with %s', (_what, packId) => {
    expect(() => parseParams(lessonParams, withParams({ packId, lessonId: 'intro' }))).toThrow(NotFoundError);
  });

  it('asset URLs need a 16-hex-digit hash and a name', () => {
    const ok = { packId: 'p', hash: '0123456789abcdef', name: 'map.png' };
    expect(parseParams(assetParams, withParams(ok))).toEqual(ok);
    expect(() => parseParams(assetParams, withParams({ ...ok, hash: '0123' }))).toThrow(NotFoundError);
    expect(() => parseParams(assetParams, withParams({ ...ok, hash: '0123456789ABCDEF' }))).toThrow(NotFoundError);
  });
});

describe('lesson query and quiz form fields', () => {
  it('reads ?source=1 and an ObjectId-shaped ?attempt; ignores anything else', () => {
    expect(lessonQuery.parse({})).toEqual({ source: false, attempt: null });
    expect(lessonQuery.parse({ source: '1', attempt: '0123456789abcdef01234567' })).toEqual({
      source: true,
      attempt: '0123456789abcdef01234567',
    });
    expect(lessonQuery.parse({ source: 'yes', attempt: { $ne: null } })).toEqual({ source: false, attempt: null });
    expect(lessonQuery.parse({ attempt: 'not-an-id' })).toEqual({ source: false, attempt: null });
  });

  it('reads the hidden source field; a body that is not a record posts no answers', () => {
    expect(quizFormFields.parse({ source: '1', 'q.x': '0' })).toEqual({ source: true });
    expect(quizFormFields.parse(undefined)).toEqual({ source: false });
    expect(formBody.parse(undefined)).toEqual({});
    expect(formBody.parse({ 'q.x': ['0', '1'] })).toEqual({ 'q.x': ['0', '1'] });
  });
});
