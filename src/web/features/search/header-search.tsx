import { Box, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';

/** A search box in the page header, for wider screens (phones use the menu entry); it opens the search page with the query. */
export function HeaderSearch() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const [text, setText] = useState('');
  // The search page has its own, larger box.
  if (location.pathname === '/search') return null;
  return (
    <Box
      component="form"
      visibleFrom="sm"
      role="search"
      aria-label={t('search.headerLabel')}
      onSubmit={(e) => {
        e.preventDefault();
        const q = text.trim();
        navigate(q ? `/search?${new URLSearchParams({ q })}` : '/search');
        setText('');
      }}
    >
      <TextInput
        aria-label={t('search.headerLabel')}
        placeholder={t('search.headerPlaceholder')}
        type="search"
        size="xs"
        w={{ base: 150, md: 220 }}
        value={text}
        maxLength={200}
        onChange={(e) => setText(e.currentTarget.value)}
      />
    </Box>
  );
}
