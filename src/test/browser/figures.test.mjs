// Unit tests of the desk's reading of figures as stories say them (desk/figures.js): pure logic, no browser.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { hedges, parseFigure } from '../../main/resources/META-INF/resources/desk/figures.js';

// as the service describes Approximation's values (schema/schema.graphql)
const HEDGES = hedges([
  { name: 'ABOUT', description: "'about', 'approximately', 'some'" },
  { name: 'AT_LEAST', description: "'more than', 'at least'" },
  { name: 'AT_MOST', description: "'up to', 'at most'" },
  { name: 'EXACT', description: 'exactly this figure' },
  { name: 'NEARLY', description: "'nearly', 'almost' (the true figure is a little below)" },
]);

test('the hedge words come from the descriptions', () => {
  assert.deepEqual(HEDGES.find((h) => h.name === 'AT_MOST').words, ['up to', 'at most']);
  assert.equal(HEDGES.find((h) => h.name === 'EXACT'), undefined);
});

test('figures as the story says them', () => {
  assert.deepEqual(parseFigure('1.5 million workers', HEDGES), { approximation: 'EXACT', value: 1500000, unit: 'workers' });
  assert.deepEqual(parseFigure('about 1.5 million workers', HEDGES), { approximation: 'ABOUT', value: 1500000, unit: 'workers' });
  assert.deepEqual(parseFigure('nearly 15,000 North Korean migrant workers', HEDGES), { approximation: 'NEARLY', value: 15000, unit: 'North Korean migrant workers' });
  assert.deepEqual(parseFigure('more than 3,000 troops', HEDGES), { approximation: 'AT_LEAST', value: 3000, unit: 'troops' });
  assert.deepEqual(parseFigure('up to 2.4 million', HEDGES), { approximation: 'AT_MOST', value: 2400000, unit: null });
  assert.deepEqual(parseFigure('between 10,000 and 12,000 troops', HEDGES), { approximation: 'RANGE', low: 10000, high: 12000, unit: 'troops' });
  assert.deepEqual(parseFigure('10,000–12,000 troops', HEDGES), { approximation: 'RANGE', low: 10000, high: 12000, unit: 'troops' });
  assert.deepEqual(parseFigure('2 to 3 million people', HEDGES), { approximation: 'RANGE', low: 2000000, high: 3000000, unit: 'people' });
  assert.deepEqual(parseFigure('12 months', HEDGES), { approximation: 'EXACT', value: 12, unit: 'months' });
});

test('what holds no figure, or an unknown hedge, is not guessed', () => {
  assert.equal(parseFigure('', HEDGES), null);
  assert.equal(parseFigure('significant losses', HEDGES), null);
  assert.equal(parseFigure('hundreds of thousands', HEDGES), null);
  assert.equal(parseFigure('perhaps 500 workers', HEDGES), null);
});
