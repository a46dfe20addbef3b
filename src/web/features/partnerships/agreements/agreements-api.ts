import { useMutation, useQueryClient } from '@tanstack/react-query';
import type {
  Agreement,
  AgreementDocument,
  CreateAgreementRequest,
  UpdateAgreementRequest,
} from '../../../../features/partnerships/agreements/agreements.schemas.ts';
import { apiDelete, apiPost, apiPut } from '../../../lib/api-client.ts';
import { invalidatePartnershipData } from '../partnerships-api.ts';

export const documentDownloadUrl = (documentId: string) => `/api/documents/${documentId}/download`;

export function useSaveAgreement(partnershipId: string, agreementId: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateAgreementRequest | UpdateAgreementRequest) =>
      agreementId ? apiPut<Agreement>(`/api/agreements/${agreementId}`, body) : apiPost<Agreement>(`/api/partnerships/${partnershipId}/agreements`, body),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}

export function useDeleteAgreement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (agreementId: string) => apiDelete<void>(`/api/agreements/${agreementId}`),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}

export function useUploadDocument(agreementId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const form = new FormData();
      form.append('file', file, file.name);
      return apiPost<AgreementDocument>(`/api/agreements/${agreementId}/documents`, form);
    },
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}

export function useDeleteDocument() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (documentId: string) => apiDelete<void>(`/api/documents/${documentId}`),
    onSuccess: () => invalidatePartnershipData(queryClient),
  });
}
