/** Line breaking lives in core (core/print/line-break.ts): the print plan breaks table cells with it too. */
export * from '../../core/print/line-break.ts';
