// libFuzzer builds only: one QCoreApplication for the whole run (QSslCertificate loads its TLS
// backend through it; everything else would work without one).
#include <QCoreApplication>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    return 0;
}
