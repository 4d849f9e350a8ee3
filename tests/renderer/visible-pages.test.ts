import { describe, expect, it } from 'vitest';
import { visiblePages } from '../../renderer/preview/visible-pages.ts';

// Sheets 500 px apart, the first at the top of a 1,200 px view.
const PITCH = 500;

describe('which preview pages are drawn', () => {
  it('at the top: the pages in view and the overscan below', () => {
    expect(visiblePages({ top: 0, height: 1200 }, 0, PITCH, 100, 2)).toEqual({ first: 0, last: 5 });
  });

  it('scrolled into the middle: the pages in view and the overscan either side', () => {
    // Scrolled down 10,250 px: the first sheet's top is 10,250 px above the view's top.
    expect(visiblePages({ top: 0, height: 1200 }, -10_250, PITCH, 100, 2)).toEqual({ first: 18, last: 25 });
  });

  it('at the end: never past the last page', () => {
    expect(visiblePages({ top: 0, height: 1200 }, -49_000, PITCH, 100, 2)).toEqual({ first: 96, last: 99 });
  });

  it('before the sheets are measured: the first few pages', () => {
    expect(visiblePages({ top: 0, height: 0 }, 0, 0, 100, 4)).toEqual({ first: 0, last: 8 });
    expect(visiblePages({ top: 0, height: 1200 }, 0, 0, 3, 4)).toEqual({ first: 0, last: 2 });
  });

  it('no pages: nothing to draw', () => {
    expect(visiblePages({ top: 0, height: 1200 }, 0, PITCH, 0, 4)).toEqual({ first: 0, last: -1 });
  });
});
