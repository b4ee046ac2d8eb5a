// A node label drawn on a light halo (sigma's own draws bare text), so that a name laid over edges or small dots stays
// legible, on the side of its node placeLabels chose (`labelSide` in the node's display data; right by default, as
// sigma's drawDiscNodeLabel). The halo covers the box placeLabels reserved.
import type { Attributes } from 'graphology-types';
import type { NodeLabelDrawingFunction } from 'sigma/rendering';
import { HALO_PADDING, LABEL_OFFSET, type LabelSide } from './labelPlacement.ts';

const HALO = 'rgba(255, 255, 255, 0.82)';

export function drawLabelOnHalo<N extends Attributes, E extends Attributes, G extends Attributes>(
  ...[context, data, settings]: Parameters<NodeLabelDrawingFunction<N, E, G>>
): void {
  if (!data.label) return;
  const size = settings.labelSize;
  context.font = `${settings.labelWeight} ${size}px ${settings.labelFont}`;
  const width = context.measureText(data.label).width;
  const height = size * 1.2;
  const side = ((data as { labelSide?: LabelSide }).labelSide ?? 'right') as LabelSide;
  // The text box's left and top edges for each side (the same boxes placeLabels reserves).
  const left =
    side === 'right'
      ? data.x + data.size + LABEL_OFFSET + HALO_PADDING
      : side === 'left'
        ? data.x - data.size - LABEL_OFFSET - HALO_PADDING - width
        : data.x - width / 2;
  const top =
    side === 'below'
      ? data.y + data.size + 1 + HALO_PADDING
      : side === 'above'
        ? data.y - data.size - 1 - HALO_PADDING - height
        : data.y - height / 2;
  context.fillStyle = HALO;
  context.fillRect(left - HALO_PADDING, top - HALO_PADDING, width + 2 * HALO_PADDING, height + 2 * HALO_PADDING);
  context.fillStyle = settings.labelColor.color ?? '#000';
  context.fillText(data.label, left, top + height / 2 + size / 3);
}
