// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqltransaction.h"

#include "database.h"

namespace Frontline {

SqlTransaction::SqlTransaction(Database &db)
    : m_db(db)
{
    m_beginError = m_db.begin();
    m_active = !m_beginError.isError();
}

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_db.rollback();
}

StoreError SqlTransaction::commit()
{
    if (!m_active)
        return m_beginError.isError() ? m_beginError
                                      : StoreError{StoreError::Kind::Sql, QStringLiteral("no transaction")};
    StoreError error = m_db.commit();
    if (error.isError())
        return error; // still active: the destructor rolls back
    m_active = false;
    return {};
}

} // namespace Frontline
