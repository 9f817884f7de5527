using System.Collections.Concurrent;
using System.Reflection;
using ProfileAsCode.PropertyList;
using ProfileAsCode.Testing.FakeJamf;
using static ProfileAsCode.Cli.Tests.Support.Plist;

namespace ProfileAsCode.Cli.Tests.Support;

/// <summary>
/// One test's Jamf Pro: the in-process test server on loopback (real clock), and the real tool run as a child process
/// against it with the API client's credentials in its environment. Every line the tool prints is kept, so a test
/// can check that no credential or token ever appears.
/// </summary>
internal sealed class JamfCli : IAsyncDisposable
{
    public const string ClientId = "cli-client-7c2e91d4-never-printed";
    public const string ClientSecret = "cli-S3cr3t-5a0f3b88-never-printed";

    /// <summary>Short timeouts and waits for the tests (PROFILE_AS_CODE_JAMF_TEST_TIMING, test only); the bounds are as in production.</summary>
    public const string Timing = "request-timeout-ms=3000,retry-base-ms=20,retry-max-ms=100";

    private JamfCli(FakeJamfProServer server) => Server = server;

    public FakeJamfProServer Server { get; }

    public FakeJamfProState State => Server.State;

    /// <summary>The server's base URL as users give it (no trailing slash).</summary>
    public string Url => Server.Url.ToString().TrimEnd('/');

    public Dictionary<string, string?> Environment { get; } = new()
    {
        ["JAMF_CLIENT_ID"] = ClientId,
        ["JAMF_CLIENT_SECRET"] = ClientSecret,
        ["PROFILE_AS_CODE_JAMF_TEST_TIMING"] = Timing,
        ["NO_COLOR"] = "1",
    };

    /// <summary>Everything every run printed, standard output and standard error.</summary>
    public ConcurrentQueue<string> Printed { get; } = new();

    public static async Task<JamfCli> StartAsync(IReadOnlySet<string>? privileges = null)
    {
        var server = await FakeJamfProServer.StartAsync(TimeProvider.System);
        server.State.Clients.Add(new RegisteredClient(ClientId, ClientSecret, privileges ?? FakeJamfProState.AllPrivileges));
        return new JamfCli(server);
    }

    /// <summary><c>profile-as-code ARGS</c>, with <c>--url</c> added after a <c>jamf</c> subcommand's arguments.</summary>
    public ProcessResult Run(params string[] arguments) => RunWith(Environment, arguments);

    public ProcessResult RunWith(IDictionary<string, string?> environment, params string[] arguments)
    {
        var result = RealTool.Run(arguments.Append("--url").Append(Url), environment: environment);
        Printed.Enqueue(result.Stdout);
        Printed.Enqueue(result.Stderr);
        return result;
    }

    /// <summary>Requests that changed something on the server.</summary>
    public int Writes => State.StoredWrites;

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    /// <summary>A small profile with one direct payload, written as XML: its own identifier, UUIDs and name.</summary>
    public static string WriteProfile(TempDirectory dir, string identifier, string displayName, long value, string? fileName = null)
    {
        var profile = SmallProfile(identifier, displayName, value);
        return dir.Write(fileName ?? identifier + ".mobileconfig", PropertyListSerializer.WriteXml(profile));
    }

    public static PlistDictionary SmallProfile(string identifier, string displayName, long value) =>
        Corpus.Profile(identifier, Uuid(identifier), PreferencePayloadForm.Direct, ("com.contoso.app", identifier + ".app", Uuid(identifier + ".app"), "App settings", Dict(("Level", value), ("Name", "plain"))))
            .SetItem("PayloadDisplayName", displayName);

    /// <summary>A stable UUID for a name, so a rebuilt profile keeps its identity.</summary>
    public static string Uuid(string name) =>
        new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(name))).ToString().ToUpperInvariant();

    /// <summary>The folders the samples' builds wrote their profiles to (samples are built before these tests: project references).</summary>
    public static IReadOnlyList<string> SampleProfileFolders()
    {
        var samples = Path.Combine(Metadata("RepoRoot"), "samples");
        return Directory.GetDirectories(samples)
            .Select(sample => Path.Combine(sample, "bin", Metadata("Configuration"), "net8.0", "profiles"))
            .Where(Directory.Exists)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static string Metadata(string key) =>
        typeof(JamfCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
