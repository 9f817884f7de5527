using System.Collections.Concurrent;
using ProfileAsCode.JamfPro.Applying;
using ProfileAsCode.JamfPro.Auth;
using ProfileAsCode.JamfPro.Http;
using ProfileAsCode.Testing.FakeJamf;

namespace ProfileAsCode.JamfPro.Tests.Support;

/// <summary>One test's Jamf Pro: the in-process server, a shared manual clock, and clients with short timeouts that record their waits and output.</summary>
internal sealed class JamfTestContext : IAsyncDisposable
{
    public const string ClientId = "client-id-3d1f0a77-never-printed";
    public const string ClientSecret = "S3cr3t-9b7e2c41-never-printed";

    private JamfTestContext(FakeJamfProServer server, ManualTime time)
    {
        Server = server;
        Time = time;
    }

    public FakeJamfProServer Server { get; }

    public FakeJamfProState State => Server.State;

    public ManualTime Time { get; }

    /// <summary>Every wait the client asked for between attempts.</summary>
    public ConcurrentQueue<TimeSpan> Waits { get; } = new();

    /// <summary>Every progress line reported by apply.</summary>
    public ConcurrentQueue<string> Output { get; } = new();

    public JamfClientOptions Options { get; set; } = null!;

    public static async Task<JamfTestContext> StartAsync(IReadOnlySet<string>? privileges = null)
    {
        var time = new ManualTime();
        var server = await FakeJamfProServer.StartAsync(time);
        server.State.Clients.Add(new RegisteredClient(ClientId, ClientSecret, privileges ?? FakeJamfProState.AllPrivileges));
        var context = new JamfTestContext(server, time);
        context.Options = new JamfClientOptions
        {
            RequestTimeout = TimeSpan.FromSeconds(10),
            Retry = new RetryPolicy { MaxAttempts = 4, BaseDelay = TimeSpan.FromMilliseconds(100), MaxDelay = TimeSpan.FromMilliseconds(400) },
            Time = time,
            UnitRandom = () => 0.5,
            Delay = (wait, _) =>
            {
                // Simulated time passes; the test does not wait for real.
                context.Waits.Enqueue(wait);
                time.Advance(wait);
                return Task.CompletedTask;
            },
        };
        return context;
    }

    public JamfProProfiles Connect(string clientId = ClientId, string clientSecret = ClientSecret) =>
        new(Server.Url.ToString(), new ClientCredentials(clientId, clientSecret), new SimpleDiffer(), Options);

    public Action<ApplyProgress> Progress => p => Output.Enqueue($"{p.Subject}: {p.Step}: {p.Message}");

    public int Writes => State.StoredWrites;

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
