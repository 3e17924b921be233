namespace Briefings.Layout.Elements;

/// <summary>
/// The space offered to an element. <see cref="IsPageTop"/> says nothing precedes it on this page, so refusing
/// (wrapping) would not help: keep-together and keep-with-next give way there instead of looping forever.
/// </summary>
public readonly record struct LayoutSpace(double Width, double Height, bool IsPageTop);
