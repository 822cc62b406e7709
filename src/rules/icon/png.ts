/** Decoding `icon.png` once per connector, and reading its background. */
import { PNG } from 'pngjs';
import type { Connector, LoadedIcon } from '../../connector/load';

export interface DecodedIcon {
  width: number;
  height: number;
  /** RGBA, row by row; absent when the image is too large to decode. */
  data?: Uint8Array;
}

export type IconRead = { ok: true; image: DecodedIcon } | { ok: false; reason: string };

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** Images with more pixels than this are measured from the header only. */
const MAX_DECODE_PIXELS = 2048 * 2048;

const cache = new WeakMap<LoadedIcon, IconRead>();

function readIcon(icon: LoadedIcon): IconRead {
  const bytes = icon.bytes;
  if (!bytes) return { ok: false, reason: 'it is too large to be a connector icon' };
  if (bytes.length < 33 || SIGNATURE.some((b, i) => bytes[i] !== b)) {
    const kind =
      bytes[0] === 0xff && bytes[1] === 0xd8
        ? 'a JPEG image'
        : bytes[0] === 0x3c
          ? 'text (SVG or HTML)'
          : 'not a PNG image';
    return { ok: false, reason: `it is ${kind}` };
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  if (width === 0 || height === 0) return { ok: false, reason: 'its header gives no size' };
  if (width * height > MAX_DECODE_PIXELS) return { ok: true, image: { width, height } };
  try {
    const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return {
      ok: true,
      image: {
        width: png.width,
        height: png.height,
        data: new Uint8Array(png.data.buffer, png.data.byteOffset, png.data.byteLength),
      },
    };
  } catch (e) {
    return {
      ok: false,
      reason: `it cannot be decoded (${e instanceof Error ? e.message.slice(0, 80) : 'corrupt data'})`,
    };
  }
}

/** The connector's icon, decoded (cached per loaded icon); undefined when the folder has none. */
export function iconOf(connector: Connector): IconRead | undefined {
  const icon = connector.icon;
  if (!icon) return undefined;
  let read = cache.get(icon);
  if (!read) {
    read = readIcon(icon);
    cache.set(icon, read);
  }
  return read;
}

export interface Background {
  /** The most common border colour. */
  rgb: [number, number, number];
  /** Share of border pixels within a small distance of it. */
  uniformity: number;
  /** Share of border pixels that are not fully opaque. */
  transparent: number;
}

const TOLERANCE = 24;

function close(a: readonly number[], b: readonly number[], tolerance = TOLERANCE): boolean {
  return (
    Math.abs((a[0] ?? 0) - (b[0] ?? 0)) <= tolerance &&
    Math.abs((a[1] ?? 0) - (b[1] ?? 0)) <= tolerance &&
    Math.abs((a[2] ?? 0) - (b[2] ?? 0)) <= tolerance
  );
}

/** The icon's background, read from its outermost row and column of pixels. */
export function backgroundOf(image: DecodedIcon): Background | undefined {
  const data = image.data;
  if (!data) return undefined;
  const border: Array<[number, number, number, number]> = [];
  const at = (x: number, y: number) => {
    const i = (y * image.width + x) * 4;
    border.push([data[i] ?? 0, data[i + 1] ?? 0, data[i + 2] ?? 0, data[i + 3] ?? 0]);
  };
  for (let x = 0; x < image.width; x++) {
    at(x, 0);
    at(x, image.height - 1);
  }
  for (let y = 1; y < image.height - 1; y++) {
    at(0, y);
    at(image.width - 1, y);
  }
  const opaque = border.filter((p) => p[3] === 255);
  const transparent = 1 - opaque.length / border.length;
  const counts = new Map<number, number>();
  for (const p of opaque) {
    const key = (p[0] << 16) | (p[1] << 8) | p[2];
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let mode = 0;
  let best = -1;
  for (const [key, count] of counts) if (count > best) [mode, best] = [key, count];
  const rgb: [number, number, number] = [(mode >> 16) & 255, (mode >> 8) & 255, mode & 255];
  const uniformity = opaque.filter((p) => close(p, rgb)).length / border.length;
  return { rgb, uniformity, transparent };
}

export function hex(rgb: readonly number[]): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

export { close as closeColours };

interface PngOptions {
  inner?: [number, number, number];
  alpha?: number;
  height?: number;
}

/** A solid-colour PNG (with an optional centred square of another colour), base64, for rule examples. */
export function solidPng(
  size: number,
  rgb: [number, number, number],
  options: PngOptions = {},
): { readonly base64: string } {
  let base64: string | undefined;
  // Drawn on first read: rule examples hold these, and only the docs and tests read them (not every lint's start).
  return {
    get base64(): string {
      base64 ??= drawPng(size, rgb, options);
      return base64;
    },
  };
}

function drawPng(size: number, rgb: [number, number, number], options: PngOptions): string {
  const height = options.height ?? size;
  const png = new PNG({ width: size, height });
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      const inner = options.inner && x > size / 4 && x < (3 * size) / 4 && y > height / 4 && y < (3 * height) / 4;
      const c = inner ? options.inner! : rgb;
      png.data[i] = c[0];
      png.data[i + 1] = c[1];
      png.data[i + 2] = c[2];
      png.data[i + 3] = options.alpha ?? 255;
    }
  }
  return PNG.sync.write(png).toString('base64');
}
