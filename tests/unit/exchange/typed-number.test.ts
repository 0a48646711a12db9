import { describe, expect, it } from 'vitest';
import { parseTypedNumber } from '@/lib/exchange/typed-number';

describe('parseTypedNumber', () => {
  it('reads numbers typed the English or the French way', () => {
    expect(parseTypedNumber('450')).toBe(450);
    expect(parseTypedNumber('450,50')).toBe(450.5);
    expect(parseTypedNumber('1 200,50 €')).toBe(1200.5);
    expect(parseTypedNumber('1,200.50')).toBe(1200.5);
    expect(parseTypedNumber('1.200,50')).toBe(1200.5);
    expect(parseTypedNumber('1,200')).toBe(1200);
    expect(parseTypedNumber('12,5 %')).toBe(12.5);
  });
  it('clears on empty and refuses what is not a number', () => {
    expect(parseTypedNumber('  ')).toBeNull();
    expect(parseTypedNumber('abc')).toBeUndefined();
    expect(parseTypedNumber('12abc')).toBeUndefined();
  });
});
