/** An office's (or a person's) contact lines: name, address, e-mail as a link, phone; the missing ones left out. */
export function OfficeContact({ office }: { office: { name?: string | null; address?: string | null; email: string | null; phone: string | null } }) {
  return (
    <>
      {office.name && <div>{office.name}</div>}
      {office.address && <div>{office.address}</div>}
      {office.email && (
        <div>
          <a href={`mailto:${office.email}`}>{office.email}</a>
        </div>
      )}
      {office.phone && <div>{office.phone}</div>}
    </>
  );
}
