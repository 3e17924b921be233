namespace Briefings.Layout.Elements;

/// <summary>
/// What of a table fits on a page: <see cref="Rows"/> rows from the next one, whole, or one row split where it is
/// taller than a page (<see cref="Split"/>); <see cref="LastHeight"/> is the height the last of them takes.
/// </summary>
internal readonly record struct TableSlice(int Rows, double LastHeight, bool Split = false);
