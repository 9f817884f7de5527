using System.Globalization;
using ProfileAsCode.Cli.CommandLine;
using ProfileAsCode.JamfPro;
using ProfileAsCode.JamfPro.Auth;
using ProfileAsCode.JamfPro.Planning;

namespace ProfileAsCode.Cli.Jamf;

/// <summary>
/// One run of <c>jamf plan</c> or <c>jamf apply</c> against one server: the credentials from <c>JAMF_CLIENT_ID</c> and
/// <c>JAMF_CLIENT_SECRET</c> (never arguments), the engine with <c>diff</c>'s comparison, progress on standard error,
/// and every Jamf Pro failure as the one line <see cref="JamfProException"/> already says (exit 2).
/// </summary>
internal static class JamfSession
{
    public static JamfProProfiles Open(string url, Output output) => Run(() =>
    {
        var credentials = ClientCredentials.FromEnvironment();
        return new JamfProProfiles(url, credentials, new DiffEngineDiffer(), TestTiming.FromEnvironment())
        {
            Reading = progress => Report(progress, output),
        };
    });

    /// <summary>Runs the engine; a Jamf Pro failure becomes a <see cref="CliException"/> (one line, exit 2).</summary>
    public static T Run<T>(Func<T> action)
    {
        try
        {
            return action();
        }
        catch (JamfProException e)
        {
            // The message may quote the server (a profile name, the reason on Jamf Pro's error page).
            throw new CliException(CiLogText.Neutralise(e.Message));
        }
    }

    public static T Run<T>(Func<Task<T>> action) => Run(() => action().GetAwaiter().GetResult());

    /// <summary>The list once (normal verbosity), then each profile read (-v): a server may hold hundreds.</summary>
    private static void Report(ReadProgress progress, Output output)
    {
        if (progress.Read is null)
        {
            output.Info(string.Create(CultureInfo.InvariantCulture, $"reading the server's {progress.Total} macOS configuration profile(s)"));
            return;
        }

        output.Detail(CiLogText.Line(string.Create(CultureInfo.InvariantCulture, $"read {progress.Read} ({progress.Done} of {progress.Total})")));
    }
}
