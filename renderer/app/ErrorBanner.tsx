interface ErrorBannerProps {
  message: string;
  onClose(): void;
}

/** Open and save failures: stays until dismissed, and never touches the open document. */
export function ErrorBanner({ message, onClose }: ErrorBannerProps) {
  return (
    <div className="gw-error-banner" role="alert">
      <p>{message}</p>
      <button type="button" className="gw-button" onClick={onClose}>
        关闭
      </button>
    </div>
  );
}
