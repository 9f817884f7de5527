using System.Text;
using ProfileAsCode.Cli.Profiles;
using ProfileAsCode.Profiles;

namespace ProfileAsCode.Cli.Diffing;

/// <summary>
/// A <see cref="ProfileSetDiffResult"/> as GitHub Flavored Markdown for a pull request's job summary or comment: a
/// heading and a table per profile that differs (payload, key, old, new, and what the Mac does), every piece of
/// profile text escaped by <see cref="MarkdownText"/>. Takes the model, not files, so other commands can render theirs.
/// </summary>
internal static class MarkdownDiff
{
    private const string Header = "| payload | key | old | new | on the Mac |\n| --- | --- | --- | --- | --- |\n";

    public static string Render(ProfileSetDiffResult result)
    {
        var markdown = new StringBuilder();
        markdown.Append("### Configuration profiles: ")
            .Append(result.Count(ProfileStatus.Changed)).Append(" changed, ")
            .Append(result.Count(ProfileStatus.Added)).Append(" added, ")
            .Append(result.Count(ProfileStatus.Removed)).Append(" removed, ")
            .Append(result.Count(ProfileStatus.Unchanged)).Append(" unchanged\n");
        if (!result.HasDifferences)
        {
            markdown.Append("\nNo differences.\n");
        }

        foreach (var pair in result.Profiles.Where(p => p.Status != ProfileStatus.Unchanged))
        {
            markdown.Append('\n').Append(Section(pair));
        }

        return markdown.ToString();
    }

    /// <summary>One profile: its heading, the files compared, and its table.</summary>
    public static string Section(ProfilePair pair)
    {
        var section = new StringBuilder();
        var status = pair.Status switch
        {
            ProfileStatus.Added => "Added",
            ProfileStatus.Removed => "Removed",
            ProfileStatus.Changed => "Changed",
            _ => "Unchanged",
        };
        section.Append("#### ").Append(status).Append(": ").Append(MarkdownText.Escape(pair.Label)).Append("\n\n");
        if (pair.Old is { } old)
        {
            section.Append("old: ").Append(MarkdownText.Escape(old.Profile.Path)).Append(pair.New is null ? "\n" : "  \n");
        }

        if (pair.New is { } @new)
        {
            section.Append("new: ").Append(MarkdownText.Escape(@new.Profile.Path)).Append('\n');
        }

        if (pair.Diff.TopLevel.Any(c => c.Path == PayloadKeys.Identifier))
        {
            section.Append("\n**The profile's PayloadIdentifier changed:** Macs install this as another profile and keep the old one until it is removed.\n");
        }

        section.Append('\n').Append(Table(pair.Diff));
        return section.ToString();
    }

    /// <summary>The per-payload table of one profile's comparison, header included (jamf plan puts it under its own headings).</summary>
    public static string Table(ProfileDiffResult diff)
    {
        var table = new StringBuilder(Header);
        foreach (var row in Rows(diff))
        {
            table.Append("| ").AppendJoin(" | ", row).Append(" |\n");
        }

        return table.ToString();
    }

    /// <summary>The table's rows, each five escaped cells: top-level keys first, then each payload that changes.</summary>
    private static IEnumerable<string[]> Rows(ProfileDiffResult diff)
    {
        var replaced = diff.TopLevel.Any(c => c.Path == PayloadKeys.Identifier)
            ? "installed as another profile"
            : "profile replaced";
        foreach (var change in diff.TopLevel)
        {
            yield return Row("(profile)", change, replaced);
        }

        foreach (var payload in diff.Payloads.Where(p => p.Outcome != PayloadOutcome.Unchanged))
        {
            var name = (payload.New ?? payload.Old)!.Label;
            if (payload.Keys.Count == 0)
            {
                yield return [MarkdownText.Escape(name), "", "", "", Outcome(payload, withReason: true)];
                continue;
            }

            // The reason (which identifier or UUID changed) once, on the payload's first row.
            for (var i = 0; i < payload.Keys.Count; i++)
            {
                yield return Row(name, payload.Keys[i], Outcome(payload, withReason: i == 0));
            }
        }
    }

    private static string[] Row(string payload, KeyChange change, string outcome) =>
    [
        MarkdownText.Escape(payload),
        MarkdownText.Escape(change.Path),
        change.Old is null ? "" : MarkdownText.Escape(ValueText.Format(change.Old)),
        change.New is null ? "" : MarkdownText.Escape(ValueText.Format(change.New)),
        outcome,
    ];

    /// <summary>What the Mac does with the payload, escaped (a reason quotes identifiers from the file).</summary>
    private static string Outcome(PayloadChange payload, bool withReason) => MarkdownText.Escape(payload.Outcome switch
    {
        PayloadOutcome.InPlaceUpdate => "updated in place",
        PayloadOutcome.RemoveAndReinstall => "removed and reinstalled",
        PayloadOutcome.Added => "installed",
        _ => "removed",
    } + (withReason && payload.Reason is not null ? $" ({payload.Reason})" : ""), maxLength: 400);
}
