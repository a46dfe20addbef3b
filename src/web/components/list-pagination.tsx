import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Page controls under a list, with spoken labels for every control. */
export function ListPagination({ page, pageSize, total, onChange }: { page: number; pageSize: number; total: number; onChange: (page: number) => void }) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <Group justify="space-between" wrap="wrap" gap="sm" component="nav" aria-label={t('common.pagination.label')}>
      <Text c="gray.7" fz="sm">
        {t('common.pagination.status', { page, pages })}
      </Text>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onChange}
        siblings={1}
        boundaries={1}
        getItemProps={(p) => ({
          'aria-label': t('common.pagination.page', { page: p }),
          'aria-current': p === page ? 'page' : undefined,
        })}
        getControlProps={(control) => ({
          'aria-label': control === 'previous' ? t('common.pagination.previous') : t('common.pagination.next'),
        })}
      />
    </Group>
  );
}
