#include "core/build_info.h"

#include <Eigen/Core>
#include <QJsonArray>
#include <QtGlobal>
#include <archive.h>
#include <omp.h>
#include <oneapi/dnnl/dnnl.h>

namespace bertlab::core {

namespace {

QString isaName(dnnl_cpu_isa_t isa) {
    switch (isa) {
    case dnnl_cpu_isa_sse41:
        return QStringLiteral("SSE4.1");
    case dnnl_cpu_isa_avx:
        return QStringLiteral("AVX");
    case dnnl_cpu_isa_avx2:
        return QStringLiteral("AVX2");
    case dnnl_cpu_isa_avx2_vnni:
        return QStringLiteral("AVX2 with VNNI");
    case dnnl_cpu_isa_avx512_mic:
    case dnnl_cpu_isa_avx512_mic_4ops:
        return QStringLiteral("AVX-512 (Xeon Phi)");
    case dnnl_cpu_isa_avx512_core:
        return QStringLiteral("AVX-512");
    case dnnl_cpu_isa_avx512_core_vnni:
        return QStringLiteral("AVX-512 with VNNI");
    case dnnl_cpu_isa_avx512_core_bf16:
        return QStringLiteral("AVX-512 with VNNI and bfloat16");
    case dnnl_cpu_isa_avx512_core_amx:
        return QStringLiteral("AVX-512 with AMX");
    default:
        return QStringLiteral("generic (0x%1)").arg(unsigned(isa), 0, 16);
    }
}

// _OPENMP is the date of the specification: 201511 is OpenMP 4.5.
QString openMpVersion(int date) {
    switch (date) {
    case 201307:
        return QStringLiteral("4.0");
    case 201511:
        return QStringLiteral("4.5");
    case 201811:
        return QStringLiteral("5.0");
    case 202011:
        return QStringLiteral("5.1");
    case 202111:
        return QStringLiteral("5.2");
    default:
        return QString::number(date);
    }
}

} // namespace

QJsonObject BuildInfo::toJson() const {
    QJsonArray libs;
    for (const LibraryVersion& library : libraries)
        libs.append(QJsonObject{{QStringLiteral("name"), library.name},
                                {QStringLiteral("version"), library.version},
                                {QStringLiteral("licence"), library.licence}});
    return {{QStringLiteral("version"), version},
            {QStringLiteral("licence"), licence},
            {QStringLiteral("compiler"), compiler},
            {QStringLiteral("cpu_isa"), cpuIsa},
            {QStringLiteral("libraries"), libs}};
}

BuildInfo buildInfo() {
    BuildInfo info;
    info.version = QStringLiteral(BERTLAB_VERSION);
    info.licence = QStringLiteral("GPL-3.0-or-later");
    info.compiler = QStringLiteral("GCC " __VERSION__);
    info.cpuIsa = isaName(dnnl_get_effective_cpu_isa());
    const dnnl_version_t* dnnl = dnnl_version();
    info.libraries = {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0")},
        {QStringLiteral("oneDNN"),
         QStringLiteral("%1.%2.%3").arg(dnnl->major).arg(dnnl->minor).arg(dnnl->patch),
         QStringLiteral("Apache-2.0")},
        {QStringLiteral("Eigen"),
         QStringLiteral("%1.%2.%3")
             .arg(EIGEN_WORLD_VERSION)
             .arg(EIGEN_MAJOR_VERSION)
             .arg(EIGEN_MINOR_VERSION),
         QStringLiteral("MPL-2.0")},
        {QStringLiteral("libarchive"), QString::fromLatin1(archive_version_string()).section(u' ', 1, 1),
         QStringLiteral("BSD-2-Clause")},
        {QStringLiteral("OpenMP (GCC libgomp)"),
         QStringLiteral("%1, %2 threads").arg(openMpVersion(_OPENMP)).arg(omp_get_max_threads()),
         QStringLiteral("GPL-3.0 with the GCC runtime exception")},
    };
    return info;
}

} // namespace bertlab::core
