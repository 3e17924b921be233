using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Core.Templating;

/// <summary>
/// Scriban's built-in modules (<c>array</c>, <c>string</c>, <c>date</c>, <c>math</c> …) as a template sees them
/// with Scriban's defaults, but each module built only when a template first names it. Scriban's default table
/// builds all eight by reflection on first use, a seventh of a short command's start-up, while a briefing
/// template uses one or two. Each module is built once per process and, as Scriban does, copied deeply into
/// every context that uses it, so what one render changes in a module no other render sees.
/// </summary>
internal sealed class LazyBuiltins : ScriptObject
{
    private static readonly Dictionary<string, Lazy<ScriptObject>> Modules = new(StringComparer.Ordinal)
    {
        ["array"] = new(() => new ArrayFunctions()),
        [DateTimeFunctions.DateVariable.Name] = new(() => new DateTimeFunctions()),
        ["html"] = new(() => new HtmlFunctions()),
        ["math"] = new(() => new MathFunctions()),
        ["object"] = new(() => new ObjectFunctions()),
        ["regex"] = new(() => new RegexFunctions()),
        ["string"] = new(() => new StringFunctions()),
        ["timespan"] = new(() => new TimeSpanFunctions()),
    };

    public LazyBuiltins()
        : base(12, false)
    {
        SetValue("empty", EmptyScriptObject.Default, readOnly: true);
        SetValue("blank", EmptyScriptObject.Default, readOnly: true);
        SetValue("include", new IncludeFunction(), readOnly: true);
        SetValue("include_join", new IncludeJoinFunction(), readOnly: true);
    }

    public override bool TryGetValue(TemplateContext? context, SourceSpan span, string member, out object? value)
    {
        if (base.TryGetValue(context, span, member, out value))
        {
            return true;
        }

        if (!Modules.TryGetValue(member, out var module))
        {
            return false;
        }

        value = module.Value.Clone(deep: true);
        SetValue(member, value, readOnly: true);
        return true;
    }

    public override bool Contains(string member) => base.Contains(member) || Modules.ContainsKey(member);

    /// <summary>A module not built yet is as read-only as a built one.</summary>
    public override bool CanWrite(string member) => !Modules.ContainsKey(member) && base.CanWrite(member);
}
