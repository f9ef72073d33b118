#include "DemoCompany.h"

namespace sa::demo {

const std::vector<DemoManager>& demoManagers()
{
    // Дмитрий Кузнецов carries far more deals than the rest (the overloaded manager);
    // Павел Соколов left in October 2024, Игорь Новиков joined in January 2024.
    static const std::vector<DemoManager> m = {
        { "Алексей Иванов", "hunter", 1.15, 1.0, nullptr, nullptr, false },
        { "Ольга Смирнова", "hunter", 1.30, 0.9, nullptr, nullptr, false },
        { "Дмитрий Кузнецов", "full_cycle", 0.85, 2.1, nullptr, nullptr, false },
        { "Екатерина Попова", "full_cycle", 1.00, 1.0, nullptr, nullptr, false },
        { "Андрей Васильев", "hunter", 0.70, 1.0, nullptr, nullptr, false },
        { "Игорь Новиков", "hunter", 0.90, 0.9, "2024-01-15", nullptr, false },
        { "Марина Ёлкина", "farmer", 1.10, 1.0, nullptr, nullptr, true },
        { "Павел Соколов", "farmer", 0.95, 1.0, nullptr, "2024-10-31", true },
        { "Анна Морозова", "farmer", 1.05, 1.0, "2023-03-01", nullptr, true },
        { "Наталья Фёдорова", "rop", 1.0, 0.0, nullptr, nullptr, false },
    };
    return m;
}

const std::vector<DemoChannel>& demoChannels()
{
    // VK Реклама is the weak paid channel: plenty of leads, few wins, far below the 2:1 return.
    static const std::vector<DemoChannel> c = {
        { "Сайт", "organic", 0.24, 1.00, 0, true },
        { "Яндекс.Директ", "paid", 0.22, 0.85, 2600, true },
        { "VK Реклама", "paid", 0.14, 0.30, 3100, true },
        { "Рекомендации", "referral", 0.09, 1.90, 0, true },
        { "Холодные звонки", "outbound", 0.15, 0.50, 0, false },
        { "Выставки", "event", 0.06, 1.30, 8500, true },
        { "Партнёры", "partner", 0.10, 1.40, 0, true },
    };
    return c;
}

const std::vector<DemoSegment>& demoSegments()
{
    static const std::vector<DemoSegment> s = {
        { "Малый бизнес", 0.62, 90'000, 80, 0.30 },
        { "Средний бизнес", 0.30, 380'000, 65, 0.22 },
        { "Крупный бизнес", 0.08, 1'500'000, 90, 0.15 },
    };
    return s;
}

const std::vector<DemoStage>& demoStages()
{
    static const std::vector<DemoStage> s = {
        { "Новая заявка", "generation", true, "none", 5, 0.80, 1.0 },
        { "Квалификация", "development", true, "mql", 15, 0.70, 3.0 },
        { "Выявление потребностей", "development", true, "none", 25, 0.72, 6.0 },
        { "КП отправлено", "conversion", true, "sql", 40, 0.62, 8.0 },
        { "Переговоры", "conversion", false, "none", 60, 0.70, 9.0 },
        { "Договор", "conversion", true, "none", 80, 0.82, 6.0 },
    };
    return s;
}

const std::vector<std::string>& demoLossReasons()
{
    static const std::vector<std::string> r = { "Дорого", "Выбрали конкурента", "Нет бюджета", "Не отвечает",
        "Неактуально", "Не устроили сроки", "Дубль", "Не целевой" };
    return r;
}

const std::vector<std::string>& demoCategories()
{
    static const std::vector<std::string> c = { "VIP", "Ключевой", "Стандарт", "Разовый" };
    return c;
}

const std::vector<std::string>& demoIndustries()
{
    static const std::vector<std::string> i = { "Розничная торговля", "Оптовая торговля", "Логистика", "Производство",
        "Фармацевтика", "E-commerce", "Пищевая промышленность", "Строительство" };
    return i;
}

std::string demoCompanyName(int i)
{
    static const char* forms[] = { "ООО", "АО", "ООО", "ИП", "ООО" };
    static const char* a[] = { "Север", "Юг", "Техно", "Строй", "Агро", "Мега", "Транс", "Гранд", "Альфа", "Вектор",
        "Ресурс", "Волга", "Урал", "Нева", "Кама", "Балт", "Спектр", "Оптима", "Профи", "Эко" };
    static const char* b[]
        = { "Логистик", "Снаб", "Торг", "Склад", "Маркет", "Пром", "Сервис", "Трейд", "Групп", "Комплект", "Поставка",
              "Ритейл", "Фуд", "Фарм", "Авто", "Металл", "Пласт", "Дистрибуция", "Системс", "Холдинг" };
    const int n = i % 400;
    std::string name = std::string(forms[i % 5]) + " «" + a[n % 20] + b[n / 20] + "»";
    if (i >= 400)
        name += " " + std::to_string(i / 400 + 1);
    return name;
}

} // namespace sa::demo
