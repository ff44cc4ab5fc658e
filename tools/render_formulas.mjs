#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Render the TeX of every activation function to SVG files that Qt 6's QtSvg draws correctly.
//
// Usage (from the repository root; Node.js 20):
//   mkdir -p /tmp/mj && (cd /tmp/mj && npm install mathjax-full@3)     # once, outside the repo
//   build/app/actviz list --json | node tools/render_formulas.mjs --mathjax /tmp/mj/node_modules
//   node tools/render_formulas.mjs --mathjax /tmp/mj/node_modules catalogue.json
// Instead of --mathjax DIR the environment variable MATHJAX_DIR may name the node_modules folder
// that holds mathjax-full (or the mathjax-full folder itself).
//
// Options:
//   --mathjax DIR     folder with mathjax-full (a node_modules folder, or mathjax-full itself)
//   --out DIR         output root (default: <repo>/resources/functions)
//   --px-per-ex N     length of 1ex in px for width/height (default 8: crisp at a 16px em)
//   FILE              catalogue JSON (`actviz list --json`); standard input when absent or "-"
//
// For every function id it writes <out>/<id>/f.svg (from tex_f), <out>/<id>/df.svg (from
// tex_df) and <out>/<id>/grad_<param>.svg for each parameter with a tex_grad. MathJax 3 (TeX input with the base, ams and newcommand packages; SVG output with
// fontCache 'local', display style) makes the SVG, which is then rewritten for QtSvg's SVG Tiny
// 1.2 renderer:
//   - width/height in px (MathJax writes ex, which QtSvg does not know); the viewBox is kept;
//   - explicit fill="#000" on glyph paths and rules, stroke="none", no currentColor, no CSS;
//   - the clipped nested <svg> elements MathJax uses for the extenders of stretchy delimiters
//     (cases braces, \underbrace, tall roots and brackets) are replaced by the equivalent
//     filled <rect>s: QtSvg supports neither nested <svg> nor clipping;
//   - only svg, g, path, use, defs, rect, desc elements; role/aria-*/data-* attributes dropped;
//     ids do not depend on the order of rendering;
//   - the exact TeX source (XML-escaped) is the first child of the root: <desc>TEX</desc>.
// Exits non-zero (and writes nothing for that formula) on a TeX error or on output it cannot
// make QtSvg-safe, e.g. a character MathJax would draw as <text> with a system font.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function usage(msg) {
  if (msg) process.stderr.write(`render_formulas: ${msg}\n`);
  process.stderr.write(
    'usage: node tools/render_formulas.mjs --mathjax DIR [--out DIR] [--px-per-ex N] [FILE|-]\n');
  process.exit(2);
}

// ---------------------------------------------------------------- arguments
let mathjaxDir = process.env.MATHJAX_DIR || '';
let outRoot = path.join(repoRoot, 'resources', 'functions');
let pxPerEx = 8;
let inputFile = '-';
{
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    const val = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--mathjax') mathjaxDir = val();
    else if (a === '--out') outRoot = path.resolve(val());
    else if (a === '--px-per-ex') {
      pxPerEx = Number(val());
      if (!(pxPerEx > 0)) usage('--px-per-ex must be a positive number');
    } else if (a === '-h' || a === '--help') usage();
    else if (a.startsWith('-') && a !== '-') usage(`unknown option ${a}`);
    else inputFile = a;
  }
}
if (!mathjaxDir) usage('say where mathjax-full is installed: --mathjax DIR or MATHJAX_DIR');

// ---------------------------------------------------------------- MathJax
function loadMathJax(dir) {
  dir = path.resolve(dir);
  const candidates = [dir, path.join(dir, 'node_modules')];
  let req = null;
  for (const base of candidates) {
    // A require() rooted in base finds base/mathjax-full or base/node_modules/mathjax-full.
    const r = createRequire(path.join(base, '__render_formulas__.js'));
    try {
      r.resolve('mathjax-full/js/mathjax.js');
      req = r;
      break;
    } catch { /* try the next */ }
  }
  if (!req && path.basename(dir) === 'mathjax-full') {
    const r = createRequire(path.join(path.dirname(dir), '__render_formulas__.js'));
    try { r.resolve('mathjax-full/js/mathjax.js'); req = r; } catch { /* fall through */ }
  }
  if (!req) usage(`mathjax-full not found under ${dir}`);
  const { mathjax } = req('mathjax-full/js/mathjax.js');
  const { TeX } = req('mathjax-full/js/input/tex.js');
  const { SVG } = req('mathjax-full/js/output/svg.js');
  const { liteAdaptor } = req('mathjax-full/js/adaptors/liteAdaptor.js');
  const { RegisterHTMLHandler } = req('mathjax-full/js/handlers/html.js');
  req('mathjax-full/js/input/tex/base/BaseConfiguration.js');
  req('mathjax-full/js/input/tex/ams/AmsConfiguration.js');
  req('mathjax-full/js/input/tex/newcommand/NewcommandConfiguration.js');
  const version = req('mathjax-full/package.json').version;
  if (!version.startsWith('3.')) usage(`mathjax-full ${version} found; version 3 is needed`);

  const adaptor = liteAdaptor();
  RegisterHTMLHandler(adaptor);
  const tex = new TeX({
    packages: ['base', 'ams', 'newcommand'],
    formatError: (_jax, err) => { throw err; },
  });
  const svg = new SVG({ fontCache: 'local' });
  const doc = mathjax.document('', { InputJax: tex, OutputJax: svg });
  return {
    adaptor,
    // Returns the root <svg> element (liteAdaptor node) of the typeset formula.
    render(texSource) {
      const container = doc.convert(texSource, { display: true });
      const root = adaptor.firstChild(container);
      if (!root || adaptor.kind(root) !== 'svg') throw new Error('MathJax made no <svg>');
      return root;
    },
  };
}

// ---------------------------------------------------------------- a small SVG tree
// The liteAdaptor tree is copied into plain objects {name, attrs: Map, children: []}.
function toTree(adaptor, node) {
  const kind = adaptor.kind(node);
  if (kind === '#text') {
    if (adaptor.value(node).trim() !== '') throw new Error('unexpected text content in SVG');
    return null;
  }
  if (kind === '#comment') return null;
  const attrs = new Map();
  for (const { name, value } of adaptor.allAttributes(node)) attrs.set(name, String(value));
  const children = [];
  for (const c of adaptor.childNodes(node)) {
    const t = toTree(adaptor, c);
    if (t) children.push(t);
  }
  return { name: kind, attrs, children };
}

const num = (s, def = 0) => {
  if (s === undefined || s === null || s === '') return def;
  const v = parseFloat(s);
  if (!Number.isFinite(v)) throw new Error(`not a number: ${s}`);
  return v;
};
const fmt = (v) => {
  const r = Math.round(v * 1000) / 1000;
  return String(Object.is(r, -0) ? 0 : r);
};

// Affine transform restricted to scale + translate: p' = (a*x + e, d*y + f).
function parseTransform(str) {
  let m = { a: 1, d: 1, e: 0, f: 0 };
  if (!str) return m;
  const re = /(\w+)\s*\(([^)]*)\)/g;
  let match;
  let consumed = '';
  while ((match = re.exec(str))) {
    consumed += match[0];
    const args = match[2].trim().split(/[\s,]+/).map(Number);
    let t;
    if (match[1] === 'translate') t = { a: 1, d: 1, e: args[0], f: args[1] || 0 };
    else if (match[1] === 'scale') t = { a: args[0], d: args.length > 1 ? args[1] : args[0], e: 0, f: 0 };
    else throw new Error(`unsupported transform ${match[0]}`);
    // m = m * t (t applied first)
    m = { a: m.a * t.a, d: m.d * t.d, e: m.a * t.e + m.e, f: m.d * t.f + m.f };
  }
  if (consumed.replace(/\s/g, '') !== str.replace(/\s/g, '')) throw new Error(`odd transform ${str}`);
  return m;
}
const apply = (m, [x, y]) => [m.a * x + m.e, m.d * y + m.f];

// Flatten an absolute M/L/H/V/Q/T/C/Z path (the commands MathJax's TeX fonts use) to polygons.
function flattenPath(d) {
  const tokens = d.match(/[MLHVQTCZmlhvqtcz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) || [];
  const polys = [];
  let poly = null;
  let cur = [0, 0];
  let start = [0, 0];
  let lastCtrl = null; // last quadratic control point, for T
  let i = 0;
  let cmd = null;
  const N = 16;
  const next = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++];
    if (cmd !== cmd.toUpperCase()) throw new Error(`relative path command ${cmd} not supported`);
    switch (cmd) {
      case 'M':
        cur = [next(), next()];
        start = cur;
        poly = [cur];
        polys.push(poly);
        lastCtrl = null;
        cmd = 'L';
        break;
      case 'L': cur = [next(), next()]; poly.push(cur); lastCtrl = null; break;
      case 'H': cur = [next(), cur[1]]; poly.push(cur); lastCtrl = null; break;
      case 'V': cur = [cur[0], next()]; poly.push(cur); lastCtrl = null; break;
      case 'Q':
      case 'T': {
        const c = cmd === 'Q' ? [next(), next()]
          : (lastCtrl ? [2 * cur[0] - lastCtrl[0], 2 * cur[1] - lastCtrl[1]] : cur);
        const p = [next(), next()];
        for (let k = 1; k <= N; ++k) {
          const t = k / N, u = 1 - t;
          poly.push([u * u * cur[0] + 2 * u * t * c[0] + t * t * p[0],
                     u * u * cur[1] + 2 * u * t * c[1] + t * t * p[1]]);
        }
        lastCtrl = c;
        cur = p;
        break;
      }
      case 'C': {
        const c1 = [next(), next()], c2 = [next(), next()], p = [next(), next()];
        for (let k = 1; k <= N; ++k) {
          const t = k / N, u = 1 - t;
          poly.push([u * u * u * cur[0] + 3 * u * u * t * c1[0] + 3 * u * t * t * c2[0] + t * t * t * p[0],
                     u * u * u * cur[1] + 3 * u * u * t * c1[1] + 3 * u * t * t * c2[1] + t * t * t * p[1]]);
        }
        lastCtrl = null;
        cur = p;
        break;
      }
      case 'Z': case 'z':
        cur = start;
        lastCtrl = null;
        cmd = null;
        break;
      default: throw new Error(`path command ${cmd} not supported`);
    }
    if (cmd === null && i < tokens.length && !/[A-Za-z]/.test(tokens[i])) {
      throw new Error('numbers after Z in path');
    }
  }
  return polys;
}

// Intervals along the cross axis where a line (axis 'y' = horizontal line y=c, or 'x' = vertical
// line x=c) lies inside the polygons (nonzero rule).
function sliceIntervals(polys, axis, c) {
  const hits = [];
  const [s, t] = axis === 'y' ? [1, 0] : [0, 1]; // s: coordinate compared with c, t: cross coordinate
  for (const poly of polys) {
    for (let k = 0; k < poly.length; ++k) {
      const p = poly[k], q = poly[(k + 1) % poly.length];
      if (p[s] === q[s]) continue;
      const lo = Math.min(p[s], q[s]), hi = Math.max(p[s], q[s]);
      if (c < lo || c >= hi) continue;
      const u = (c - p[s]) / (q[s] - p[s]);
      hits.push({ x: p[t] + u * (q[t] - p[t]), w: q[s] > p[s] ? 1 : -1 });
    }
  }
  hits.sort((a, b) => a.x - b.x);
  const out = [];
  let wind = 0;
  let from = null;
  for (const h of hits) {
    const before = wind;
    wind += h.w;
    if (before === 0 && wind !== 0) from = h.x;
    else if (before !== 0 && wind === 0) out.push([from, h.x]);
  }
  return out;
}

// Replace one nested <svg> (a clipped, scaled extender glyph) by filled rects in the parent's
// coordinates. Extender glyphs are uniform along the stretch direction, so the clipped glyph is
// exactly a set of rectangles; this is checked by slicing it at several places.
function extenderToRects(node, glyphs, where) {
  const X = num(node.attrs.get('x')), Y = num(node.attrs.get('y'));
  const W = num(node.attrs.get('width')), H = num(node.attrs.get('height'));
  const vb = (node.attrs.get('viewBox') || `0 0 ${W} ${H}`).trim().split(/[\s,]+/).map(Number);
  const [vx, vy, vw, vh] = vb;
  if (!(vw > 0 && vh > 0)) throw new Error(`${where}: bad nested viewBox`);
  const toParent = ([x, y]) => [(x - vx) * (W / vw) + X, (y - vy) * (H / vh) + Y];
  const polys = [];
  const walk = (n, m) => {
    // <use x y transform>: the transform applies to translate(x, y); then the parent's m.
    const t = parseTransform(n.attrs.get('transform'));
    const tx = num(n.attrs.get('x')), ty = num(n.attrs.get('y'));
    const own = { a: t.a, d: t.d, e: t.e + t.a * tx, f: t.f + t.d * ty };
    const mm = { a: m.a * own.a, d: m.d * own.d, e: m.a * own.e + m.e, f: m.d * own.f + m.f };
    if (n.name === 'use') {
      const id = (n.attrs.get('xlink:href') || n.attrs.get('href') || '').replace(/^#/, '');
      const d = glyphs.get(id);
      if (d === undefined) throw new Error(`${where}: unknown glyph #${id}`);
      for (const poly of flattenPath(d)) polys.push(poly.map((p) => apply(mm, p)));
    } else if (n.name === 'path') {
      for (const poly of flattenPath(n.attrs.get('d') || '')) polys.push(poly.map((p) => apply(mm, p)));
    } else if (n.name === 'g') {
      for (const c of n.children) walk(c, mm);
    } else {
      throw new Error(`${where}: <${n.name}> inside a nested <svg>`);
    }
  };
  for (const c of node.children) walk(c, { a: 1, d: 1, e: 0, f: 0 });
  if (polys.length === 0) return [];

  // Stretch axis: the one along which the glyph overflows the clip window.
  let minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
  for (const poly of polys) for (const [x, y] of poly) {
    minX = Math.min(minX, x); maxX = Math.max(maxX, x);
    minY = Math.min(minY, y); maxY = Math.max(maxY, y);
  }
  const overX = Math.max(0, vx - minX) + Math.max(0, maxX - (vx + vw));
  const overY = Math.max(0, vy - minY) + Math.max(0, maxY - (vy + vh));
  const vertical = overY / vh >= overX / vw; // stretched along y: slice with horizontal lines
  const [s0, sLen] = vertical ? [vy, vh] : [vx, vw];
  const [c0, cLen] = vertical ? [vx, vw] : [vy, vh];
  const slices = [0.02, 0.25, 0.5, 0.75, 0.98].map((f) => sliceIntervals(polys, vertical ? 'y' : 'x', s0 + f * sLen));
  const ref = slices[2];
  const tol = 0.5;
  for (const sl of slices) {
    const same = sl.length === ref.length
      && sl.every(([a, b], k) => Math.abs(a - ref[k][0]) <= tol && Math.abs(b - ref[k][1]) <= tol);
    if (!same) throw new Error(`${where}: extender glyph is not uniform inside its clip window`);
  }
  const rects = [];
  for (let [a, b] of ref) {
    a = Math.max(a, c0);
    b = Math.min(b, c0 + cLen);
    if (b <= a) continue;
    const [p, q] = vertical
      ? [toParent([a, s0]), toParent([b, s0 + sLen])]
      : [toParent([s0, a]), toParent([s0 + sLen, b])];
    rects.push({
      name: 'rect',
      attrs: new Map([
        ['x', fmt(Math.min(p[0], q[0]))], ['y', fmt(Math.min(p[1], q[1]))],
        ['width', fmt(Math.abs(q[0] - p[0]))], ['height', fmt(Math.abs(q[1] - p[1]))],
      ]),
      children: [],
    });
  }
  return rects;
}

// ---------------------------------------------------------------- QtSvg clean-up
const KEEP_ATTRS = {
  svg: ['xmlns', 'xmlns:xlink', 'width', 'height', 'viewBox'],
  g: ['transform', 'fill', 'stroke'],
  defs: [],
  path: ['id', 'd', 'transform', 'fill'],
  use: ['xlink:href', 'x', 'y', 'transform'],
  rect: ['x', 'y', 'width', 'height', 'transform', 'fill'],
};
// Attributes MathJax writes that carry nothing QtSvg needs (a11y and MathJax bookkeeping).
const DROPPABLE = /^(role|focusable|style|aria-.*|data-.*|class|stroke-width)$/;

function exToPx(value, what) {
  const m = /^\s*(-?[\d.]+)\s*(ex|px)?\s*$/.exec(value || '');
  if (!m) throw new Error(`cannot convert ${what}="${value}" to px`);
  const v = Number(m[1]) * (m[2] === 'ex' ? pxPerEx : 1);
  return `${fmt(v)}px`;
}

function clean(root) {
  // Glyph table (id -> d) of the local font cache, and id renaming independent of render order.
  const glyphs = new Map();
  const renames = new Map();
  const defs = root.children.filter((c) => c.name === 'defs');
  for (const def of defs) {
    for (const p of def.children) {
      if (p.name !== 'path') throw new Error(`<${p.name}> in <defs>`);
      const id = p.attrs.get('id');
      glyphs.set(id, p.attrs.get('d'));
      renames.set(id, id.replace(/^MJX-\d+-/, ''));
    }
  }

  const visit = (n, where) => {
    // Replace nested <svg> extenders by rects first.
    const kids = [];
    for (const c of n.children) {
      if (c.name === 'svg') kids.push(...extenderToRects(c, glyphs, where));
      else kids.push(c);
    }
    n.children = kids;
    const keep = KEEP_ATTRS[n.name];
    if (!keep) throw new Error(`${where}: element <${n.name}> is not QtSvg-safe`);
    for (const [k, v] of [...n.attrs]) {
      if (keep.includes(k)) continue;
      if (DROPPABLE.test(k)) { n.attrs.delete(k); continue; }
      throw new Error(`${where}: attribute ${k}="${v}" on <${n.name}> is not known to be QtSvg-safe`);
    }
    if (n.name === 'path' || n.name === 'rect') n.attrs.set('fill', '#000');
    if (n.name === 'path' && n.attrs.has('id')) n.attrs.set('id', renames.get(n.attrs.get('id')));
    if (n.name === 'use') {
      const id = (n.attrs.get('xlink:href') || '').replace(/^#/, '');
      if (!renames.has(id)) throw new Error(`${where}: <use> of unknown #${id}`);
      n.attrs.set('xlink:href', `#${renames.get(id)}`);
    }
    for (const c of n.children) visit(c, where);
    // Drop groups that ended up empty (e.g. invisible operators).
    n.children = n.children.filter((c) => !(c.name === 'g' && c.children.length === 0));
    for (const [k, v] of n.attrs) {
      if (/currentColor/i.test(v)) {
        if (k === 'fill') n.attrs.set(k, '#000');
        else if (k === 'stroke') n.attrs.set(k, 'none');
        else throw new Error(`${where}: currentColor in ${k}`);
      }
    }
  };

  if (root.name !== 'svg') throw new Error('root is not <svg>');
  for (const c of root.children) visit(c, 'svg');
  // Root: only the attributes QtSvg uses; lengths in px.
  const attrs = new Map();
  attrs.set('xmlns', 'http://www.w3.org/2000/svg');
  attrs.set('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  attrs.set('width', exToPx(root.attrs.get('width'), 'width'));
  attrs.set('height', exToPx(root.attrs.get('height'), 'height'));
  attrs.set('viewBox', root.attrs.get('viewBox'));
  for (const k of root.attrs.keys()) {
    if (!attrs.has(k) && !DROPPABLE.test(k)) throw new Error(`root attribute ${k} not understood`);
  }
  root.attrs = attrs;
  // The top group carries the colour: filled glyphs, no outline.
  for (const c of root.children) {
    if (c.name === 'g') { c.attrs.set('fill', '#000'); c.attrs.set('stroke', 'none'); }
  }
  return root;
}

// ---------------------------------------------------------------- serialisation
const escText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escAttr = (s) => escText(s).replace(/"/g, '&quot;');

function serialise(n, out, depth) {
  let s = `<${n.name}`;
  for (const [k, v] of n.attrs) s += ` ${k}="${escAttr(v)}"`;
  if (n.children.length === 0) {
    out.push(`${s}/>`);
    return;
  }
  out.push(`${s}>`);
  // One element per line at the top levels (defs entries, main groups) keeps diffs readable.
  const sep = depth < 1 ? '\n' : '';
  for (const c of n.children) { out.push(sep); serialise(c, out, depth + 1); }
  out.push(sep);
  out.push(`</${n.name}>`);
}

function toSvgText(root, texSource) {
  const out = [];
  let s = '<svg';
  for (const [k, v] of root.attrs) s += ` ${k}="${escAttr(v)}"`;
  out.push(`<?xml version="1.0" encoding="UTF-8"?>\n${s}><desc>${escText(texSource)}</desc>`);
  for (const c of root.children) { out.push('\n'); serialise(c, out, 0); }
  out.push('\n</svg>\n');
  return out.join('');
}

// ---------------------------------------------------------------- main
const inputText = fs.readFileSync(inputFile === '-' ? 0 : inputFile, 'utf8');
let catalogue;
try {
  catalogue = JSON.parse(inputText);
} catch (e) {
  usage(`input is not JSON: ${e.message}`);
}
if (!catalogue || !Array.isArray(catalogue.functions)) usage('input has no "functions" array');

const mj = loadMathJax(mathjaxDir);
let failures = 0;
let written = 0;
for (const fn of catalogue.functions) {
  const id = fn.id;
  if (typeof id !== 'string' || !/^[a-z0-9_]+$/.test(id)) {
    process.stderr.write(`render_formulas: skipping function with bad id ${JSON.stringify(id)}\n`);
    ++failures;
    continue;
  }
  // f, f', and df/dparam of each learnable parameter (grad_<param>.svg from its tex_grad).
  const jobs = [['tex_f', 'f.svg', fn], ['tex_df', 'df.svg', fn]];
  for (const p of Array.isArray(fn.parameters) ? fn.parameters : [])
    if (typeof p.tex_grad === 'string' && /^[a-z0-9_]+$/.test(p.id))
      jobs.push(['tex_grad', `grad_${p.id}.svg`, p]);
  for (const [key, file, owner] of jobs) {
    const texSource = owner[key];
    const where = `${id}/${file}`;
    if (typeof texSource !== 'string' || texSource.trim() === '') {
      process.stderr.write(`render_formulas: ${where}: no ${key}\n`);
      ++failures;
      continue;
    }
    try {
      const root = clean(toTree(mj.adaptor, mj.render(texSource)));
      const text = toSvgText(root, texSource);
      const dir = path.join(outRoot, id);
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
      ++written;
    } catch (e) {
      process.stderr.write(`render_formulas: ${where}: ${e.message}\n`);
      ++failures;
    }
  }
}
process.stderr.write(`render_formulas: wrote ${written} SVG file(s) under ${outRoot}` +
  (failures ? `, ${failures} failure(s)` : '') + '\n');
process.exit(failures ? 1 : 0);
