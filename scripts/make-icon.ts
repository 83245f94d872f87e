// Draws the app icon (resources/icon.png, 1024 px): a journey of touchpoints rising to a peak.
import { createCanvas } from '@napi-rs/canvas';
import { writeFileSync } from 'node:fs';

const size = 1024;
const c = createCanvas(size, size);
const g = c.getContext('2d');
const r = 200;
g.fillStyle = '#1f4e79';
g.beginPath();
g.roundRect(64, 64, size - 128, size - 128, r);
g.fill();
const pts: [number, number][] = [
  [250, 700],
  [410, 560],
  [560, 620],
  [770, 330],
];
g.strokeStyle = '#ffffff';
g.lineWidth = 44;
g.lineCap = 'round';
g.lineJoin = 'round';
g.beginPath();
pts.forEach(([x, y], i) => (i ? g.lineTo(x, y) : g.moveTo(x, y)));
g.stroke();
pts.forEach(([x, y], i) => {
  g.fillStyle = i === pts.length - 1 ? '#f2a900' : '#ffffff';
  g.beginPath();
  g.arc(x, y, i === pts.length - 1 ? 78 : 58, 0, Math.PI * 2);
  g.fill();
  g.fillStyle = '#1f4e79';
  g.beginPath();
  g.arc(x, y, i === pts.length - 1 ? 0 : 26, 0, Math.PI * 2);
  g.fill();
});
writeFileSync(new URL('../resources/icon.png', import.meta.url), c.toBuffer('image/png'));
