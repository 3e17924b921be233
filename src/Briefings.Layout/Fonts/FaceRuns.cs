namespace Briefings.Layout.Fonts;

/// <summary>The shaping caches of one face, in both directions, as the first <see cref="TextShaper"/> to use it made them.</summary>
internal sealed record FaceRuns(TextShaper Shaper, RunCache LeftToRight, RunCache RightToLeft);
