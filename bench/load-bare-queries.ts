/**
 * The bare server's statements: one SELECT per route that builds the whole JSON answer a signed-out
 * caller gets from Pontis (json_build_object / json_agg), so that the server only passes text on.
 * What the public may do (`can`) is all false for a signed-out caller and written as constants.
 * Texts stored as [{lang, text}] are keyed by language as Pontis shows them (textsByLanguage);
 * every demo record has its original language stored, so no detection is needed here.
 */

const iso = (col: string) => `to_char(${col} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
const texts = (col: string) =>
  `(SELECT coalesce(json_object_agg(t->>'lang', t->>'text'), '{}') FROM jsonb_array_elements(${col}) t WHERE coalesce(t->>'text', '') <> '')`;
const citySummary = (c: string) => `json_build_object('id', ${c}.id, 'key', ${c}.key, 'name', ${c}.name, 'country', ${c}.country)`;
const allFalse = (...keys: string[]) => `json_build_object(${keys.map((k) => `'${k}', false`).join(', ')})`;
const partnershipCan = allFalse(
  'edit',
  'delete',
  'addAgreement',
  'addTimelineEvent',
  'startProject',
  'useRadar',
  'followCalls',
  'subscribeFeed',
  'planActivity',
);

/** The list view of a partnership `p` (summarisePartnerships). */
const partnershipSummaryFields = `
  'id', p.id, 'key', p.key, 'name', p.name, 'kind', p.kind, 'status', p.status, 'since', p.since,
  'cities', (SELECT coalesce(json_agg(${citySummary('c')} ORDER BY pc.position), '[]') FROM partnership_cities pc JOIN cities c ON c.id = pc.city_id WHERE pc.partnership_id = p.id),
  'themes', (SELECT coalesce(json_agg(pt.theme_key ORDER BY pt.position), '[]') FROM partnership_themes pt WHERE pt.partnership_id = p.id),
  'counts', json_build_object(
    'agreements', (SELECT count(*) FROM agreements a WHERE a.partnership_id = p.id),
    'timelineEvents', (SELECT count(*) FROM timeline_events te WHERE te.partnership_id = p.id),
    'organisations', (SELECT count(*) FROM organisations o JOIN partnership_cities pc ON pc.city_id = o.city_id WHERE pc.partnership_id = p.id)),
  'latestEvents', (SELECT coalesce(json_agg(json_build_object('id', e.id, 'kind', e.kind, 'occurredOn', e.occurred_on, 'title', ${texts('e.title')}, 'originalLang', e.original_lang) ORDER BY e.occurred_on DESC, e.created_at DESC, e.id), '[]')
    FROM (SELECT * FROM timeline_events te WHERE te.partnership_id = p.id ORDER BY te.occurred_on DESC, te.created_at DESC, te.id LIMIT 3) e),
  'canEdit', false,
  'can', ${partnershipCan}`;

/** GET /api/partnerships: the public start page's list. */
export const partnershipList = `SELECT json_build_object('items', coalesce(json_agg(json_build_object(${partnershipSummaryFields}) ORDER BY p.name), '[]'))::text AS body FROM partnerships p`;

const agreementJson = `json_build_object(
  'id', a.id, 'partnershipId', a.partnership_id, 'kind', a.kind, 'title', ${texts('a.title')}, 'originalLang', a.original_lang,
  'signedOn', a.signed_on, 'mode', a.mode, 'place', a.place, 'summary', ${texts('a.summary')},
  'signatories', (SELECT coalesce(json_agg(json_build_object('personName', ap.person_name, 'office', ${texts('ap.office')}, 'cityId', ap.city_id) ORDER BY ap.position), '[]') FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.role = 'signatory'),
  'facilitators', (SELECT coalesce(json_agg(json_build_object('personName', ap.person_name, 'office', ${texts('ap.office')}, 'organisation', ap.organisation) ORDER BY ap.position), '[]') FROM agreement_parties ap WHERE ap.agreement_id = a.id AND ap.role = 'facilitator'),
  'documents', (SELECT coalesce(json_agg(json_build_object('id', d.id, 'agreementId', d.agreement_id, 'fileName', d.file_name, 'contentType', d.content_type, 'sizeBytes', d.size_bytes, 'sha256', d.sha256, 'uploadedAt', ${iso('d.uploaded_at')}, 'can', ${allFalse('delete')}) ORDER BY d.uploaded_at, d.file_name), '[]') FROM agreement_documents d WHERE d.agreement_id = a.id),
  'version', a.version, 'updatedAt', ${iso('a.updated_at')}, 'can', ${allFalse('edit', 'delete', 'addDocument')})`;

/** Hand-entered events and the public activities, newest first (timelineOfPartnership + activity entries). */
const timeline = `(SELECT coalesce(json_agg(x.entry ORDER BY x.day DESC, x.updated DESC, x.n), '[]') FROM (
    SELECT te.occurred_on AS day, ${iso('te.updated_at')} AS updated, row_number() OVER (ORDER BY te.occurred_on DESC, te.created_at DESC, te.id) AS n,
      json_build_object('id', te.id, 'partnershipId', te.partnership_id, 'kind', te.kind, 'occurredOn', te.occurred_on, 'title', ${texts('te.title')},
        'description', ${texts('te.description')}, 'originalLang', te.original_lang, 'version', te.version, 'updatedAt', ${iso('te.updated_at')}, 'can', ${allFalse('edit', 'delete')}) AS entry
    FROM timeline_events te WHERE te.partnership_id = p.id
    UNION ALL
    SELECT (ac.starts_at AT TIME ZONE ac.time_zone)::date, ${iso('ac.updated_at')}, 1000000 + row_number() OVER (ORDER BY ac.starts_at),
      json_build_object('id', ac.id, 'partnershipId', ac.partnership_id, 'kind', 'activity', 'occurredOn', (ac.starts_at AT TIME ZONE ac.time_zone)::date,
        'title', ${texts('ac.title')}, 'description', '{}'::json, 'originalLang', ac.original_lang, 'version', 0, 'updatedAt', ${iso('ac.updated_at')},
        'can', ${allFalse('edit', 'delete')}, 'activityId', ac.id, 'activityKey', ac.key, 'activityKind', ac.kind, 'activityStatus', ac.status, 'upcoming', ac.ends_at >= now())
    FROM activities ac WHERE ac.partnership_id = p.id AND ac.is_public) x)`;

/** GET /api/partnerships/:key: the partnership page (getPartnership). */
export const partnershipDetail = `SELECT json_build_object(${partnershipSummaryFields},
  'description', p.description,
  'agreements', (SELECT coalesce(json_agg(${agreementJson} ORDER BY a.signed_on DESC NULLS LAST, a.created_at DESC), '[]') FROM agreements a WHERE a.partnership_id = p.id),
  'timeline', ${timeline},
  'offices', (SELECT coalesce(json_agg(json_build_object('city', ${citySummary('c')}, 'name', c.office_name, 'address', c.office_address, 'email', c.office_email, 'phone', c.office_phone) ORDER BY pc.position), '[]')
    FROM partnership_cities pc JOIN cities c ON c.id = pc.city_id WHERE pc.partnership_id = p.id),
  'memberOrganisations', (SELECT coalesce(json_agg(json_build_object('city', ${citySummary('c')}, 'organisations',
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'key', o.key, 'name', o.name, 'kind', o.kind) ORDER BY o.name), '[]') FROM organisations o WHERE o.city_id = c.id)) ORDER BY pc.position), '[]')
    FROM partnership_cities pc JOIN cities c ON c.id = pc.city_id WHERE pc.partnership_id = p.id),
  'version', p.version, 'updatedAt', ${iso('p.updated_at')}, 'updatedBy', NULL)::text AS body
  FROM partnerships p WHERE p.key = $1`;

/** Published items only (approved, not expired), without the review comment, as the public sees them. */
const items = (
  direction: string,
) => `(SELECT coalesce(json_agg(json_build_object('id', i.id, 'status', i.status, 'reviewComment', NULL, 'expired', false, 'version', i.version,
    'category', i.category, 'lang', i.lang, 'title', i.title, 'text', i.text, 'themes', i.themes, 'concepts', i.concepts, 'validUntil', i.valid_until) ORDER BY i.position), '[]')
  FROM organisation_items i WHERE i.organisation_id = o.id AND i.direction = '${direction}' AND i.status = 'approved' AND (i.valid_until IS NULL OR i.valid_until >= current_date))`;

/**
 * GET /api/organisations/:key: the organisation page (getOrganisation). People: those visible to
 * the public; the shape written here is only checked on organisations that have none.
 */
export const organisationDetail = `SELECT json_build_object(
  'id', o.id, 'key', o.key, 'name', o.name, 'kind', o.kind, 'city', ${citySummary('c')}, 'website', o.website, 'themes', o.themes,
  'languages', o.languages, 'concepts', o.concepts,
  'description', (SELECT coalesce(json_agg(json_build_object('lang', d->>'lang', 'text', d->>'text') ORDER BY n), '[]') FROM jsonb_array_elements(o.description) WITH ORDINALITY AS x(d, n)),
  'offers', ${items('offer')}, 'requests', ${items('request')},
  'people', (SELECT coalesce(json_agg(json_build_object('id', pe.id, 'name', pe.name) ORDER BY pe.name), '[]') FROM people pe WHERE pe.organisation_id = o.id AND pe.visible_to_public),
  'completeness', NULL,
  'can', ${allFalse('edit', 'delete', 'changeCity', 'readHistory', 'renewItems', 'reviewItems')}, 'canEdit', false, 'canDelete', false,
  'version', o.version, 'updatedAt', ${iso('o.updated_at')}, 'updatedBy', NULL)::text AS body
  FROM organisations o JOIN cities c ON c.id = o.city_id WHERE o.key = $1`;

/** A call's status now (callStatusSql) and its next deadline (nextDeadlineSql). */
const callStatus = `(CASE WHEN f.last_deadline_at IS NOT NULL THEN
    CASE WHEN f.last_deadline_at < now() THEN 'closed' WHEN f.opening_at > now() THEN 'forthcoming' ELSE 'open' END
  WHEN f.opening_at > now() THEN 'forthcoming'
  WHEN f.portal_status = 'forthcoming' AND f.opening_at IS NOT NULL THEN 'open'
  ELSE coalesce(f.portal_status, CASE WHEN f.opening_at IS NOT NULL THEN 'open' ELSE 'closed' END) END)`;
const nextDeadline = `(SELECT min(d) FROM unnest(f.deadline_ats) AS d WHERE d >= now())`;

/** GET /api/calls?page=1&pageSize=20: open and forthcoming calls, soonest deadline first, with the programmes' counts. */
export const callList = `WITH matching AS (SELECT f.*, ${callStatus} AS status, ${nextDeadline} AS next_deadline FROM funding_calls f WHERE ${callStatus} IN ('open', 'forthcoming')),
  page AS (SELECT * FROM matching ORDER BY next_deadline ASC NULLS LAST, opening_at ASC, identifier ASC LIMIT $1 OFFSET $2)
  SELECT json_build_object(
    'items', (SELECT coalesce(json_agg(json_build_object('id', m.id, 'identifier', m.identifier, 'kind', m.kind, 'title', m.title, 'callIdentifier', m.call_identifier,
        'callTitle', m.call_title, 'programme', CASE WHEN m.programme_code IS NULL THEN NULL ELSE json_build_object('code', m.programme_code, 'name', m.programme_name) END,
        'status', m.status, 'openingAt', ${iso('m.opening_at')}, 'nextDeadlineAt', ${iso('m.next_deadline')}, 'deadlineModel', m.deadline_model, 'deadlines', m.deadlines,
        'concepts', m.concepts, 'url', m.url) ORDER BY m.next_deadline ASC NULLS LAST, m.opening_at ASC, m.identifier ASC), '[]') FROM page m),
    'total', (SELECT count(*) FROM matching),
    'page', $3::int, 'pageSize', $1::int,
    'programmes', (SELECT coalesce(json_agg(json_build_object('code', g.code, 'name', g.name, 'count', g.n) ORDER BY g.n DESC, g.code), '[]')
      FROM (SELECT programme_code AS code, max(programme_name) AS name, count(*) AS n FROM matching WHERE programme_code IS NOT NULL GROUP BY programme_code) g))::text AS body`;

/**
 * GET /api/search?q=…: full text over the search index in the document's own language, ranked by
 * ts_rank_cd, with the facets of all hits, in one statement. Pontis's search also understands the
 * query (concepts, city names, typos, other languages' words) in the application: that part has no
 * one-statement equivalent, so hits, scores and highlights can differ (the benchmark prints how).
 */
export const search = `WITH q AS (SELECT websearch_to_tsquery('simple', unaccent($1)) AS simple_q),
  hits AS (
    SELECT sd.*, ts_rank_cd(sd.search_vector, websearch_to_tsquery(sd.config::regconfig, unaccent($1)) || q.simple_q) AS score
    FROM search_documents sd, q
    WHERE sd.visibility = 'public' AND (sd.valid_until IS NULL OR sd.valid_until >= current_date) AND sd.entity_type <> 'person'
      AND sd.search_vector @@ (websearch_to_tsquery(sd.config::regconfig, unaccent($1)) || q.simple_q)),
  page AS (SELECT * FROM hits ORDER BY score DESC, name_folded, id LIMIT $2 OFFSET $3),
  facet AS (SELECT f.name, json_agg(json_build_object('value', f.value, 'count', f.n) ORDER BY f.n DESC, f.value) AS values FROM (
      SELECT 'type' AS name, entity_type AS value, count(*) AS n FROM hits GROUP BY entity_type
      UNION ALL SELECT 'kind', kind, count(*) FROM hits WHERE kind IS NOT NULL GROUP BY kind
      UNION ALL SELECT 'category', category, count(*) FROM hits WHERE category IS NOT NULL GROUP BY category
      UNION ALL SELECT 'lang', lang, count(*) FROM hits WHERE lang IS NOT NULL GROUP BY lang
      UNION ALL SELECT 'theme', t, count(*) FROM hits, unnest(themes) t GROUP BY t
      UNION ALL SELECT 'concept', c, count(*) FROM hits, unnest(concepts) c GROUP BY c
      UNION ALL SELECT 'sdg', s::text, count(*) FROM hits, unnest(sdgs) s GROUP BY s) f GROUP BY f.name)
  SELECT json_build_object(
    'items', (SELECT coalesce(json_agg(json_build_object('type', h.entity_type, 'id', h.entity_id, 'position', coalesce(h.position, 0),
        'organisation', json_build_object('id', o.id, 'key', o.key, 'name', o.name), 'city', ${citySummary('c')}, 'kind', h.kind, 'category', h.category,
        'lang', h.lang, 'themes', h.themes, 'concepts', h.concepts, 'sdgs', h.sdgs, 'title', h.title,
        'highlights', json_build_object('title', h.title, 'body', ts_headline('simple', h.body, (SELECT simple_q FROM q), 'StartSel=<mark>, StopSel=</mark>')),
        'matchedConcepts', '[]'::json, 'score', round(h.score::numeric, 4)) ORDER BY h.score DESC, h.name_folded, h.id), '[]')
      FROM page h LEFT JOIN organisations o ON o.id = h.organisation_id JOIN cities c ON c.id = h.city_id),
    'total', (SELECT count(*) FROM hits), 'limit', $2::int, 'offset', $3::int,
    'query', json_build_object('lang', NULL, 'concepts', '[]'::json, 'cities', '[]'::json),
    'facets', (SELECT json_object_agg(name, values) FROM facet)
      ::jsonb || jsonb_build_object('city', (SELECT coalesce(json_agg(json_build_object('value', x.id, 'label', x.name, 'count', x.n) ORDER BY x.n DESC, x.name), '[]')
        FROM (SELECT c.id, c.name, count(*) AS n FROM hits h JOIN cities c ON c.id = h.city_id GROUP BY c.id, c.name) x)))::text AS body`;
