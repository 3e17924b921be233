namespace Briefings.Layout.Elements;

/// <summary>The blocks of a column built whole: kept after they are drawn, so the column can be rendered again.</summary>
public sealed class FixedColumnItems(IReadOnlyList<ColumnItem> items) : ColumnItems
{
    public override ColumnItem this[int index] => items[index];

    public override bool Has(int index) => index < items.Count;

    public override void DrawnBefore(int index)
    {
    }

    public override void Reset()
    {
        foreach (var item in items)
        {
            item.Element.Reset();
        }
    }
}
