import { Box } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { NetworkEdge, PartnershipNetwork } from '../../../features/network/network.schemas.ts';
import { colourOfCity, shapeOfCity, shapePath, shortLabel, type Partner } from './network-view.ts';

// The layout comes from the API on the unit circle; the picture scales it into this box and
// leaves room on both sides for the names written outwards.
const R = 240;
const WIDTH = 1000;
const CX = WIDTH / 2;
const CY = R + 50;
const HEIGHT = 2 * R + 100;
const NODE = 9;

export const edgeStyle: Record<NetworkEdge['strength'], { width: number; dash?: string; colour: string }> = {
  introduced: { width: 1.5, dash: '6 5', colour: '#495057' },
  collaborating: { width: 3.5, colour: '#212529' },
  'joint-project': { width: 7, colour: '#212529' },
};

const px = (v: number) => CX + v * R;
const py = (v: number) => CY + v * R;

interface Props {
  network: PartnershipNetwork;
  partners: Map<string, Partner[]>;
  title: string;
}

/**
 * The drawn network: one arc per city, ties as curves through the middle. Nodes are links to the
 * organisations, reachable with the Tab key; focusing or pointing at one highlights its ties.
 * The table below the picture carries the same content for screen readers.
 */
export function NetworkGraph({ network, partners, title }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [focused, setFocused] = useState<string | null>(null);
  const [hovered, setHovered] = useState<string | null>(null);
  const active = hovered ?? focused;
  const cityIndex = new Map(network.cities.map((c, i) => [c.id, i]));
  const cityName = new Map(network.cities.map((c) => [c.id, c.name]));
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const neighbours = active ? new Set((partners.get(active) ?? []).map((p) => p.node.id)) : null;
  // Names only while they fit; with many organisations a name shows when its node is focused.
  const showAllLabels = network.nodes.length <= 60;

  return (
    <Box
      component="div"
      role="region"
      aria-label={t('network.graph.region')}
      tabIndex={0}
      style={{ overflowX: 'auto', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 8 }}
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="group" aria-label={title} style={{ display: 'block', width: '100%', minWidth: 720, height: 'auto' }}>
        <g aria-hidden="true">
          {network.edges.map((edge) => {
            const a = byId.get(edge.source);
            const b = byId.get(edge.target);
            if (!a || !b) return null;
            const style = edgeStyle[edge.strength];
            const lit = !active || edge.source === active || edge.target === active;
            // Curved towards the centre, so that ties within one city do not run along the arc.
            const qx = px(((a.x + b.x) / 2) * 0.5);
            const qy = py(((a.y + b.y) / 2) * 0.5);
            return (
              <path
                key={edge.id}
                d={`M${px(a.x)},${py(a.y)} Q${qx},${qy} ${px(b.x)},${py(b.y)}`}
                fill="none"
                stroke={style.colour}
                strokeWidth={style.width}
                strokeDasharray={style.dash}
                strokeLinecap="round"
                opacity={lit ? 0.9 : 0.12}
                data-strength={edge.strength}
              />
            );
          })}
        </g>
        {network.nodes.map((node) => {
          const index = cityIndex.get(node.cityId) ?? 0;
          const x = px(node.x);
          const y = py(node.y);
          const cos = Math.cos(node.angle);
          const sin = Math.sin(node.angle);
          const anchor = cos > 0.2 ? 'start' : cos < -0.2 ? 'end' : 'middle';
          const lx = x + cos * (NODE + 8);
          const ly = y + sin * (NODE + 8) + (anchor === 'middle' ? sin * 8 : 0);
          const dimmed = active !== null && active !== node.id && !neighbours?.has(node.id);
          const ties = node.degree === null ? '' : `, ${t('network.graph.ties', { count: node.degree })}`;
          const href = `/organisations/${node.key}`;
          return (
            <a
              key={node.id}
              href={href}
              aria-label={`${node.name}, ${cityName.get(node.cityId) ?? ''}${ties}`}
              onClick={(event) => {
                event.preventDefault();
                navigate(href);
              }}
              onFocus={() => setFocused(node.id)}
              onBlur={() => setFocused(null)}
              onMouseEnter={() => setHovered(node.id)}
              onMouseLeave={() => setHovered(null)}
              style={{ opacity: dimmed ? 0.3 : 1, outline: 'none' }}
              data-node={node.key}
            >
              {/* The focus ring: drawn here because browsers outline an SVG link's whole box. */}
              {focused === node.id && <circle cx={x} cy={y} r={NODE + 7} fill="none" stroke="#000" strokeWidth={3} />}
              <path d={shapePath(shapeOfCity(index), x, y, NODE)} fill={colourOfCity(index)} stroke="#fff" strokeWidth={1.5} />
              {(showAllLabels || active === node.id) && (
                <text x={lx} y={ly} textAnchor={anchor} dominantBaseline="central" fontSize={15} fill="#212529" fontWeight={active === node.id ? 700 : 400}>
                  {shortLabel(node.name, 30)}
                </text>
              )}
            </a>
          );
        })}
      </svg>
    </Box>
  );
}
