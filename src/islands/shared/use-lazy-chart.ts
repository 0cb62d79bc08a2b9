// A Chart.js chart that loads its code and draws only when its canvas comes into view, is drawn
// again when the colour scheme changes, and is updated in place when its data changes.
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useLoadWhenVisible } from './use-load-when-visible';
import { readChartColors, useColorSchemeChange } from './chart-colors';

export interface LazyChart<Data> {
  destroy(): void;
  resize(): void;
  update(data: Data): void;
}

/**
 * `load` imports the chart module and returns its create function; `tokens` names the CSS colour
 * token of each colour the chart uses; `version` changes when `data` should be drawn again.
 */
export function useLazyChart<Data, Key extends string>(
  load: () => Promise<(canvas: HTMLCanvasElement, data: Data, colors: Record<Key, string>) => LazyChart<Data>>,
  data: Data,
  tokens: Record<Key, `--${string}`>,
  version: unknown,
): RefObject<HTMLCanvasElement> {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<LazyChart<Data> | null>(null);
  const dataRef = useRef(data);
  dataRef.current = data;
  const draw = () =>
    load().then((create) => {
      const canvas = canvasRef.current;
      if (!canvas || chartRef.current) return;
      chartRef.current = create(canvas, dataRef.current, readChartColors(canvas, tokens));
      canvas.dataset.chartReady = 'true';
    });
  const erase = () => {
    chartRef.current?.destroy();
    chartRef.current = null;
  };
  useLoadWhenVisible(canvasRef, draw, erase, () => chartRef.current?.resize());
  useColorSchemeChange(() => {
    if (!chartRef.current) return;
    erase();
    void draw();
  });
  useEffect(() => {
    chartRef.current?.update(dataRef.current);
  }, [version]);
  return canvasRef;
}
