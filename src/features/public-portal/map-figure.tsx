import type { TFunction } from 'i18next';
import type { UiLocale } from '../../shared/locales.ts';
import { countryName, numberFormat } from './intl-cache.ts';
import type { MapDrawing } from './partnership-map.ts';

const degrees = (value: number, lang: UiLocale) => numberFormat(lang, { maximumFractionDigits: 2 }).format(Math.abs(value));

/**
 * The map as inline SVG (no script, no tiles) and beside it the same content as lists: the cities
 * with their countries and coordinates, and the ties between them, for screen readers, keyboards
 * and anyone who cannot read a map.
 */
export function MapFigure({ drawing, title, lang, t }: { drawing: MapDrawing; title: string; lang: UiLocale; t: TFunction }) {
  const names = drawing.places.map((p) => p.name).join(', ');
  const description = t('portal.map.description', { cities: names, region: t(drawing.view === 'europe' ? 'portal.map.europe' : 'portal.map.world') });
  return (
    <figure className="map" aria-labelledby="map-caption">
      <svg viewBox={`0 0 ${drawing.width} ${drawing.height}`} role="img" aria-labelledby="map-title map-desc" xmlns="http://www.w3.org/2000/svg">
        <title id="map-title">{title}</title>
        <desc id="map-desc">{description}</desc>
        <rect className="map-sea" width={drawing.width} height={drawing.height} />
        <path className="map-land" d={drawing.countries} />
        {drawing.highlighted.map((d, i) => (
          <path key={i} className="map-home" d={d} />
        ))}
        {drawing.ties.map((tie) => (
          <path key={`${tie.from}-${tie.to}`} className="map-tie" d={tie.d} />
        ))}
        {drawing.places.map((p) => (
          <g key={p.key}>
            <circle className="map-city" cx={p.x} cy={p.y} r={10} />
            <text className="map-label" x={p.x + (p.x > drawing.width * 0.7 ? -16 : 16)} y={p.y - 14} textAnchor={p.x > drawing.width * 0.7 ? 'end' : 'start'}>
              {p.name}
            </text>
          </g>
        ))}
      </svg>
      <figcaption id="map-caption">
        <h3>{t('portal.map.list')}</h3>
        <ul>
          {drawing.places.map((p) => (
            <li key={p.key}>
              {p.name} ({countryName(p.country, lang)}):{' '}
              {t('portal.map.coordinates', {
                latitude: t(p.latitude < 0 ? 'portal.map.degrees.s' : 'portal.map.degrees.n', { value: degrees(p.latitude, lang) }),
                longitude: t(p.longitude < 0 ? 'portal.map.degrees.w' : 'portal.map.degrees.e', { value: degrees(p.longitude, lang) }),
              })}
            </li>
          ))}
        </ul>
        {drawing.ties.length > 0 && (
          <>
            <h3>{t('portal.map.ties')}</h3>
            <ul>
              {drawing.ties.map((tie) => (
                <li key={`${tie.from}-${tie.to}`}>{tie.label}</li>
              ))}
            </ul>
          </>
        )}
      </figcaption>
    </figure>
  );
}
