/*
 * Times libplist on the benchmark documents, in-process, with the protocol of
 * tests/ProfileAsCode.Benchmarks/Measurement/SampleTimer.cs: warm up for at least --warmup-ms of
 * CPU time and three calls, size a sample to about --sample-ms of CPU time, time --samples samples, print the median wall
 * time, and the median and fastest process CPU time per call. Each timed call includes freeing what it produced, as the .NET and
 * Python figures include their garbage collection.
 *
 * Build: gcc -O2 -o libplist_bench libplist_bench.c $(pkg-config --cflags --libs libplist-2.0)
 * Run:   libplist_bench DIR [--warmup-ms N] [--sample-ms N] [--samples N] [--sizes typical,medium,large]
 * Output: libplist  operation  document  wall_ns  cpu_ns  fastest_cpu_ns  calls_per_sample   (tab-separated)
 */
#include <plist/plist.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
    plist_t tree;
    const char *xml;
    uint32_t xml_length;
    const char *bin;
    uint32_t bin_length;
} document;

typedef size_t (*operation)(const document *doc);

static double clock_ns(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec * 1e9 + (double)ts.tv_nsec;
}

static double now_ns(void) { return clock_ns(CLOCK_MONOTONIC); }

static double cpu_ns(void) { return clock_ns(CLOCK_PROCESS_CPUTIME_ID); }

static size_t xml_write(const document *doc)
{
    char *out = NULL;
    uint32_t length = 0;
    plist_to_xml(doc->tree, &out, &length);
    plist_to_xml_free(out);
    return length;
}

static size_t xml_read(const document *doc)
{
    plist_t tree = NULL;
    plist_from_xml(doc->xml, doc->xml_length, &tree);
    size_t ok = tree != NULL;
    plist_free(tree);
    return ok;
}

static size_t bin_write(const document *doc)
{
    char *out = NULL;
    uint32_t length = 0;
    plist_to_bin(doc->tree, &out, &length);
    plist_to_bin_free(out);
    return length;
}

static size_t bin_read(const document *doc)
{
    plist_t tree = NULL;
    plist_from_bin(doc->bin, doc->bin_length, &tree);
    size_t ok = tree != NULL;
    plist_free(tree);
    return ok;
}

static int compare_doubles(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

static volatile size_t sink;

static void measure(const char *name, const char *size, operation op, const document *doc,
                    double warmup_ns, double sample_ns, int samples)
{
    double start = cpu_ns();
    long calls = 0;
    while (cpu_ns() - start < warmup_ns || calls < 3) {
        sink += op(doc);
        calls++;
    }
    double per_call = (cpu_ns() - start) / calls;
    long number = (long)(sample_ns / per_call + 0.999999);
    if (number < 1) number = 1;

    double *wall = malloc(sizeof(double) * samples);
    double *cpu = malloc(sizeof(double) * samples);
    for (int s = 0; s < samples; s++) {
        double c0 = cpu_ns(), t0 = now_ns();
        for (long i = 0; i < number; i++) sink += op(doc);
        wall[s] = (now_ns() - t0) / number;
        cpu[s] = (cpu_ns() - c0) / number;
    }
    qsort(wall, samples, sizeof(double), compare_doubles);
    qsort(cpu, samples, sizeof(double), compare_doubles);
    printf("libplist\t%s\t%s\t%.0f\t%.0f\t%.0f\t%ld\n", name, size, wall[samples / 2], cpu[samples / 2], cpu[0], number);
    fflush(stdout);
    free(wall);
    free(cpu);
}

static char *read_file(const char *path, uint32_t *length)
{
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(2); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *data = malloc(n + 1);
    if (fread(data, 1, n, f) != (size_t)n) { perror(path); exit(2); }
    data[n] = 0;
    fclose(f);
    *length = (uint32_t)n;
    return data;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: %s DIR [--warmup-ms N] [--sample-ms N] [--samples N] [--sizes a,b]\n", argv[0]);
        return 64;
    }
    const char *dir = argv[1];
    double warmup_ms = 1000, sample_ms = 100;
    int samples = 9;
    char sizes[256] = "typical,medium,large";
    for (int i = 2; i + 1 < argc; i += 2) {
        if (!strcmp(argv[i], "--warmup-ms")) warmup_ms = atof(argv[i + 1]);
        else if (!strcmp(argv[i], "--sample-ms")) sample_ms = atof(argv[i + 1]);
        else if (!strcmp(argv[i], "--samples")) samples = atoi(argv[i + 1]);
        else if (!strcmp(argv[i], "--sizes")) snprintf(sizes, sizeof sizes, "%s", argv[i + 1]);
        else { fprintf(stderr, "unknown option %s\n", argv[i]); return 64; }
    }
    if (samples < 1) samples = 1;

    for (char *size = strtok(sizes, ","); size; size = strtok(NULL, ",")) {
        char path[4096];
        document doc = {0};
        snprintf(path, sizeof path, "%s/%s.plist", dir, size);
        doc.xml = read_file(path, &doc.xml_length);
        snprintf(path, sizeof path, "%s/%s.bplist", dir, size);
        doc.bin = read_file(path, &doc.bin_length);
        plist_from_xml(doc.xml, doc.xml_length, &doc.tree);
        plist_t from_bin = NULL;
        plist_from_bin(doc.bin, doc.bin_length, &from_bin);
        if (!doc.tree || !from_bin) {
            fprintf(stderr, "libplist could not parse %s/%s.plist or .bplist\n", dir, size);
            return 2;
        }
        plist_free(from_bin);

        measure("XmlWrite", size, xml_write, &doc, warmup_ms * 1e6, sample_ms * 1e6, samples);
        measure("XmlRead", size, xml_read, &doc, warmup_ms * 1e6, sample_ms * 1e6, samples);
        measure("BinaryWrite", size, bin_write, &doc, warmup_ms * 1e6, sample_ms * 1e6, samples);
        measure("BinaryRead", size, bin_read, &doc, warmup_ms * 1e6, sample_ms * 1e6, samples);

        plist_free(doc.tree);
        free((void *)doc.xml);
        free((void *)doc.bin);
    }
    return 0;
}
