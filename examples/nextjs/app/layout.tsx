import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { FluentRoot } from './FluentRoot';

export const metadata: Metadata = { title: 'Call Diagnostics Kit on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <FluentRoot>{children}</FluentRoot>
      </body>
    </html>
  );
}
