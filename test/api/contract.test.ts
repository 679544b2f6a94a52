import { describe, expect, it } from 'vitest';
import { channelNames, contract, isChannelName } from '../../api/contract';
import { ApiError, isEnvelope, unwrap } from '../../api/result';

describe('the contract', () => {
  it('names every channel domain:verb', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-z][A-Za-z]*$/);
  });

  it('knows its own channels and nothing inherited', () => {
    expect(isChannelName('school:get')).toBe(true);
    expect(isChannelName('school:drop')).toBe(false);
    expect(isChannelName('constructor')).toBe(false);
    expect(isChannelName('__proto__')).toBe(false);
  });

  it('gives channels that take nothing a schema that refuses anything', () => {
    expect(contract['school:get'].input.safeParse(undefined).success).toBe(true);
    expect(contract['school:get'].input.safeParse({}).success).toBe(false);
  });
});

describe('envelopes', () => {
  it('recognise both shapes, and only a known error code', () => {
    expect(isEnvelope({ ok: true, value: 1 })).toBe(true);
    expect(isEnvelope({ ok: true, value: undefined })).toBe(true);
    expect(isEnvelope({ ok: false, error: { code: 'no-school', message: 'x' } })).toBe(true);
    expect(isEnvelope({ ok: false, error: { code: 'made-up', message: 'x' } })).toBe(false);
    expect(isEnvelope({ ok: false, error: { code: 'internal' } })).toBe(false);
    expect(isEnvelope({ ok: true })).toBe(false);
    expect(isEnvelope(null)).toBe(false);
    expect(isEnvelope('ok')).toBe(false);
  });

  it('unwrap to the value, or throw the typed error with its code and path', () => {
    expect(unwrap({ ok: true, value: 'x' })).toBe('x');
    try {
      unwrap({ ok: false, error: { code: 'invalid-input', message: 'phase is wrong', path: 'phase' } });
      throw new Error('unwrap should have thrown');
    } catch (error) {
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ code: 'invalid-input', message: 'phase is wrong', path: 'phase' });
    }
  });

  it('turn an ApiError back into the body that crosses the boundary', () => {
    expect(new ApiError('no-school', 'none').toBody()).toEqual({ code: 'no-school', message: 'none' });
    expect(new ApiError('invalid-input', 'bad', 'a.b').toBody()).toEqual({ code: 'invalid-input', message: 'bad', path: 'a.b' });
  });
});
