using System.Net;

namespace ProfileAsCode.JamfPro.Http;

/// <summary>
/// The outcome of one HTTP attempt: the status and body the server sent, or, when it sent none (a timeout, a refused
/// or dropped connection), <see cref="Status"/> 0 and <see cref="TransportFailure"/> saying what happened.
/// </summary>
internal sealed record HttpAnswer(int Status, string Body, TimeSpan? RetryAfter = null, string? TransportFailure = null)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    /// <summary>Worth another attempt when the request may be repeated: no answer, 429, or a server-side 5xx that says "try later".</summary>
    public bool IsTransient => Status is 0 or 429 or 500 or 502 or 503 or 504;

    public string Describe() => Status == 0 ? TransportFailure ?? "no answer" : $"HTTP {Status} {ReasonOf(Status)}";

    private static string ReasonOf(int status) => Enum.IsDefined(typeof(HttpStatusCode), status) ? ((HttpStatusCode)status).ToString() : "";
}
