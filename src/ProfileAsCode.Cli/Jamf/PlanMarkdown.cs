using System.Text;
using ProfileAsCode.Cli.Diffing;
using ProfileAsCode.JamfPro.Planning;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// The plan as GitHub Flavored Markdown for a pull request: a heading with the counts, then a section per profile that
/// apply creates, updates or deletes, each with <c>diff --format markdown</c>'s per-payload table
/// (<see cref="MarkdownDiff.Table"/>), the Jamf Pro fields that change, and notes; then ambiguous profiles and managed
/// profiles no longer built. Every piece of profile or server text is escaped by <see cref="MarkdownText"/>.
/// </summary>
internal static class PlanMarkdown
{
    public static string Render(ProfilePlan plan, string server)
    {
        var markdown = new StringBuilder();
        // The summary is the tool's own words and counts: no profile or server text.
        markdown.Append("### Jamf Pro plan: ").Append(plan.Summary()).Append("\n\n");
        markdown.Append("Server: ").Append(MarkdownText.Escape(server)).Append('\n');
        if (!plan.HasChanges && !plan.HasAmbiguity)
        {
            markdown.Append("\nNo changes.\n");
        }

        foreach (var item in plan.Profiles.Where(p => p.Action is not PlannedAction.Unchanged))
        {
            markdown.Append('\n').Append(Section(item));
        }

        var unchanged = plan.Profiles.Where(p => p.Action == PlannedAction.Unchanged).ToList();
        if (unchanged.Count > 0)
        {
            markdown.Append("\n#### Unchanged\n\n");
            foreach (var item in unchanged)
            {
                markdown.Append("- ").Append(MarkdownText.Escape(item.Subject)).Append(" (").Append(MarkdownText.Escape(item.Server!.ToString())).Append(")\n");
            }
        }

        return markdown.ToString();
    }

    private static string Section(PlannedProfile item)
    {
        var section = new StringBuilder();
        var (heading, subject) = item.Action switch
        {
            PlannedAction.Create => ("Create", item.Built!.Identifier),
            PlannedAction.Update => ("Update", item.Built!.Identifier),
            PlannedAction.Ambiguous => ("Ambiguous, nothing will be written", item.Built!.Identifier),
            PlannedAction.Delete => ("Delete", item.Server!.ToString()),
            _ => ("Kept, no longer built (--prune deletes it)", item.Server!.ToString()),
        };
        section.Append("#### ").Append(heading).Append(": ").Append(MarkdownText.Escape(subject)).Append("\n\n");
        if (item.Server is { } server)
        {
            section.Append("Jamf Pro: ").Append(MarkdownText.Escape(server.ToString())).Append(item.Built is null ? "\n" : "  \n");
        }

        if (item.Built is { } built)
        {
            section.Append("file: ").Append(MarkdownText.Escape(built.Path)).Append('\n');
        }

        foreach (var claimant in item.Claimants)
        {
            section.Append("- claimed by ").Append(MarkdownText.Escape(claimant.ToString())).Append('\n');
        }

        if (item.FieldChanges.Count > 0)
        {
            section.Append("\n| Jamf Pro field | on Jamf Pro | to upload |\n| --- | --- | --- |\n");
            foreach (var field in item.FieldChanges)
            {
                section.Append("| ").Append(MarkdownText.Escape(field.Field))
                    .Append(" | ").Append(MarkdownText.Escape(field.OnServer))
                    .Append(" | ").Append(MarkdownText.Escape(field.ToUpload)).Append(" |\n");
            }
        }

        if (item.Action != PlannedAction.Ambiguous && PlanPairs.Of(item) is { Diff.HasDifferences: true } pair)
        {
            section.Append('\n').Append(MarkdownDiff.Table(pair.Diff));
        }

        var notes = item.Notes.ToList();
        if (item.Difference is DiffEngineDifference { Unreadable: { } unreadable })
        {
            notes.Add($"the server copy cannot be compared ({unreadable}); apply replaces it");
        }

        if (notes.Count > 0)
        {
            section.Append('\n');
            foreach (var note in notes)
            {
                section.Append("- ").Append(MarkdownText.Escape(note, maxLength: 600)).Append('\n');
            }
        }

        return section.ToString();
    }
}
