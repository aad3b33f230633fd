/**
 * What pdf.js takes from @napi-rs/canvas in Node, without the canvas library. pdf.js loads that
 * native library (~20 MB per thread, more with Skia's font set) at start-up to draw pages; this
 * pipeline never draws — it reads text content and operator lists. DOMMatrix is a real 2-D affine
 * matrix (pdf.js builds one at load time, and one to outline a Type 3 image mask); anything that
 * would paint says so.
 */
export class DOMMatrix {
  a = 1;
  b = 0;
  c = 0;
  d = 1;
  e = 0;
  f = 0;

  constructor(init?: ArrayLike<number>) {
    if (init && init.length >= 6) [this.a, this.b, this.c, this.d, this.e, this.f] = Array.from(init).slice(0, 6);
  }

  /** this = this × m */
  multiplySelf(m: DOMMatrix): this {
    const { a, b, c, d, e, f } = this;
    this.a = a * m.a + c * m.b;
    this.b = b * m.a + d * m.b;
    this.c = a * m.c + c * m.d;
    this.d = b * m.c + d * m.d;
    this.e = a * m.e + c * m.f + e;
    this.f = b * m.e + d * m.f + f;
    return this;
  }

  /** this = m × this */
  preMultiplySelf(m: DOMMatrix): this {
    const product = new DOMMatrix([m.a, m.b, m.c, m.d, m.e, m.f]).multiplySelf(this);
    Object.assign(this, { a: product.a, b: product.b, c: product.c, d: product.d, e: product.e, f: product.f });
    return this;
  }

  translateSelf(tx = 0, ty = 0): this {
    return this.multiplySelf(new DOMMatrix([1, 0, 0, 1, tx, ty]));
  }

  scaleSelf(sx = 1, sy = sx): this {
    return this.multiplySelf(new DOMMatrix([sx, 0, 0, sy, 0, 0]));
  }

  invertSelf(): this {
    const { a, b, c, d, e, f } = this;
    const det = a * d - b * c;
    if (det === 0) throw new Error('DOMMatrix: not invertible');
    Object.assign(this, { a: d / det, b: -b / det, c: -c / det, d: a / det, e: (c * f - d * e) / det, f: (b * e - a * f) / det });
    return this;
  }

  translate(tx?: number, ty?: number): DOMMatrix {
    return this.copy().translateSelf(tx, ty);
  }

  scale(sx?: number, sy?: number): DOMMatrix {
    return this.copy().scaleSelf(sx, sy);
  }

  multiply(m: DOMMatrix): DOMMatrix {
    return this.copy().multiplySelf(m);
  }

  inverse(): DOMMatrix {
    return this.copy().invertSelf();
  }

  private copy(): DOMMatrix {
    return new DOMMatrix([this.a, this.b, this.c, this.d, this.e, this.f]);
  }
}

const noDrawing = (what: string): Error =>
  new Error(`${what}: drawing is not available (this pipeline loads pdf.js without a canvas library)`);

export class Path2D {
  constructor() {
    throw noDrawing('Path2D');
  }
}

export class ImageData {
  constructor() {
    throw noDrawing('ImageData');
  }
}

export function createCanvas(): never {
  throw noDrawing('createCanvas');
}
