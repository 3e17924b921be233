using Briefings.Layout.Text;

namespace Briefings.Layout.Documents;

public sealed record PdfResult(byte[] Content, int PageCount, IReadOnlyList<LayoutWarning> Warnings);
